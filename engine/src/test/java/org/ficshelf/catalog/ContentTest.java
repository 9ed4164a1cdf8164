package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentTest {

    private static byte[] zip(boolean epub) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (epub) {
                byte[] mime = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
                ZipEntry e = new ZipEntry("mimetype");
                e.setMethod(ZipEntry.STORED);
                e.setSize(mime.length);
                CRC32 crc = new CRC32();
                crc.update(mime);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(mime);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("chapter.xhtml"));
            byte[] noise = new byte[4000];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (byte) (i * 31 + 7);
            }
            zip.write(noise);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void anEpubIsAStoryEvenThoughItIsCompressedBytes() throws Exception {
        assertThat(Content.refusal(zip(true))).isNull();
    }

    @Test
    void aPlainZipInsideAnotherFileIsRefusedAsData() throws Exception {
        assertThat(Content.refusal(zip(false))).contains("zip data");
    }

    @Test
    void emptyAndPlainTextAreToldApart() {
        assertThat(Content.refusal(new byte[0])).contains("empty");
        assertThat(Content.refusal("Title: X\n\nA story.\n".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
