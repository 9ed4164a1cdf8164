package org.ficshelf.decode;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds the charset an HTML page or XML file declares in its first few kilobytes. */
final class MetaCharset {
    /** Browsers look at the first 1024 bytes; old pages put long comments first, so look further. */
    private static final int PREFIX = 8192;

    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]{0,512}?\\bcharset\\s{0,8}=\\s{0,8}[\"']?\\s{0,8}([a-z0-9][a-z0-9._:()-]{0,39})");
    private static final Pattern XML = Pattern.compile(
            "^\\s{0,64}<\\?xml\\b[^>]{0,256}?\\bencoding\\s{0,8}=\\s{0,8}[\"']([a-z0-9][a-z0-9._:-]{0,39})");

    private MetaCharset() {
    }

    static @Nullable String sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PREFIX), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher xml = XML.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }
}
