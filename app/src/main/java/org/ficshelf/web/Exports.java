package org.ficshelf.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ficshelf.Work;
import org.ficshelf.export.EpubWriter;
import org.ficshelf.export.HtmlExport;
import org.ficshelf.export.TxtExport;

/** The download formats of a work as bytes, from the engine's exporters. */
final class Exports {
    private Exports() {
    }

    static byte[] txt(Work work) {
        return TxtExport.render(work).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html(Work work) {
        return HtmlExport.render(work).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] epub(Work work) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        EpubWriter.write(work, out);
        return out.toByteArray();
    }
}
