package org.ficshelf.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ficshelf.bench.GeneratedWork.Truth;
import org.ficshelf.bench.WordModel.Fandom;
import org.ficshelf.bench.WordModel.Person;

/**
 * Generates one legacy-format work from a seed: a fandom and cast from the word model, a
 * length drawn from a log-normal (median ~2,500 words, a long tail past 200k), a rating and
 * its legacy spelling, chapters, scene breaks, notes; rendered as plain text, an archive HTML
 * page or a mailing-list e-mail, in a realistic mix of encodings. Work {@code i} of seed
 * {@code s} is always the same bytes, so a corpus can be generated in any order or in parts.
 */
final class WorkGenerator {
    private static final String[][] RATINGS = {
            {"G", "PG", "K", "K+", "FRC", "U"},
            {"PG-13", "T", "FR13", "PG-15", "12", "PG-13ish"},
            {"R", "M", "FR15", "15"},
            {"NC-17", "MA", "FR18", "18", "X"}};
    private static final String[] AO3_RATINGS = {"General Audiences", "Teen And Up Audiences", "Mature",
            "Explicit"};
    private static final String[] AUTHORS = {"Quill", "Wren", "Ashgrove", "Marrow", "Kestrel", "Tamsin",
            "Lantern Jack", "Pell", "Sable", "Fennel", "Delphine", "Oriane", "Jude", "Hollis", "Moth",
            "Corvid",
            "Ilex", "Sorrel", "Vesper", "Bramble"};

    private final WordModel model;
    private final long seed;

    WorkGenerator(WordModel model, long seed) {
        this.model = model;
        this.seed = seed;
    }

    GeneratedWork generate(long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Fandom fandom = model.fandoms().get(random.nextInt(model.fandoms().size()));
        List<Person> cast = cast(fandom, random);
        int rating = weighted(random, 35, 35, 20, 10);
        boolean first = random.nextInt(6) == 0;
        int words = lengthInWords(random);
        int chapters = words < 4000 ? 1 : Math.min(60, 1 + words / (2500 + random.nextInt(3000)));
        boolean complete = random.nextInt(4) != 0;
        String title = title(random);
        String author = AUTHORS[random.nextInt(AUTHORS.length)]
                + (random.nextBoolean() ? "" : " " + (index % 97));
        String stated = RATINGS[rating][random.nextInt(RATINGS[rating].length)];
        List<String> pairing = random.nextInt(3) == 0 ? List.of() : List.of(pair(cast));
        String style = List.of("keys", "keys", "keys", "prose", "byline", "none").get(random.nextInt(6));

        StringBuilder body = new StringBuilder(words * 7);
        ProseWriter prose = new ProseWriter(model, random, cast, first, rating, random.nextInt(3) == 0);
        int written = 0;
        for (int c = 1; c <= chapters; c++) {
            if (chapters > 1) {
                body.append(chapterHeading(c, random)).append("\n\n");
            }
            written += chapterText(body, prose, words / chapters, random);
        }
        body.append(complete ? "The End\n" : "TBC\n");

        String format = List.of("text", "text", "text", "html", "email").get(random.nextInt(5));
        StringBuilder header = header(style, title, author, stated, pairing, fandom, random);
        String text = header.append('\n').append(body).toString();
        Truth truth = new Truth(format, "", style.equals("keys") || style.equals("byline") ? title : null,
                style.equals("none") ? List.of() : List.of(author), fandom.name(),
                cast.stream().map(Person::name)
                        .toList(),
                pairing, stated, AO3_RATINGS[rating], chapters, written, complete,
                first ? "first" : "third", style);
        return render(index, format, text, title, author, fandom, random, truth);
    }

    private int chapterText(StringBuilder body, ProseWriter prose, int words, SplittableRandom random) {
        int scenes = 1 + words / 2000;
        int written = 0;
        for (int s = 0; s < scenes; s++) {
            if (s > 0) {
                body.append(List.of("* * *", "~~~", "oOo", "---").get(random.nextInt(4))).append("\n\n");
            }
            written += prose.paragraphs(body, Math.max(20, words / scenes), "\n\n");
        }
        return written;
    }

    private static StringBuilder header(String style, String title, String author, String rating,
            List<String> pairing, Fandom fandom, SplittableRandom random) {
        StringBuilder h = new StringBuilder();
        String pairs = pairing.isEmpty() ? "none" : pairing.get(0);
        switch (style) {
            case "keys" -> h.append("Title: ").append(title).append("\nAuthor: ").append(author)
                    .append("\nRating: ").append(rating).append("\nPairing: ").append(pairs)
                    .append("\nSummary: A ").append(random.nextBoolean() ? "quiet" : "long")
                    .append(" night in ")
                    .append(fandom.name()).append(".\nDisclaimer: They belong to ").append(fandom.owner())
                    .append(".\n\n----------\n");
            case "prose" -> h.append("a story by ").append(author).append("\n\nRating - ").append(rating)
                    .append("ish\nPairing, ").append(pairs).append("\n");
            case "byline" -> h.append(title).append("\nby ").append(author).append("\n\nA short story about ")
                    .append(pairs).append(".\n");
            default -> {
            }
        }
        return h;
    }

    private GeneratedWork render(long index, String format, String text, String title, String author,
            Fandom fandom, SplittableRandom random, Truth truth) {
        String base = String.format(Locale.ROOT, "w%07d", index);
        return switch (format) {
            case "html" -> encoded(base + ".html", Html.page(title, author, text), StandardCharsets.ISO_8859_1
                    .equals(charset(random)) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8, truth);
            case "email" ->
                encoded(base + ".eml", Email.message(title, author, fandom.listTag(), text, index),
                        StandardCharsets.UTF_8, truth);
            default -> encoded(base + ".txt", text, charset(random), truth);
        };
    }

    private static GeneratedWork encoded(String name, String text, Charset cs, Truth truth) {
        byte[] bytes = cs.equals(StandardCharsets.UTF_16LE) ? withBom(text) : text.getBytes(cs);
        // Seven-bit bytes are valid UTF-8 whatever charset wrote them, and are read as UTF-8.
        String encoding = cs.equals(StandardCharsets.UTF_16LE) || !sevenBit(bytes) ? cs.name() : "UTF-8";
        Truth t = new Truth(truth.format(), encoding, truth.title(), truth.authors(), truth.fandom(),
                truth.characters(), truth.relationships(), truth.statedRating(), truth.rating(),
                truth.chapterCount(),
                truth.wordsApprox(), truth.complete(), truth.pov(), truth.headerStyle());
        return new GeneratedWork(name, bytes, t);
    }

    private static boolean sevenBit(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static Charset charset(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return StandardCharsets.UTF_8;
        }
        if (roll < 90) {
            return Charset.forName("windows-1252");
        }
        return roll < 97 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16LE;
    }

    private static List<Person> cast(Fandom fandom, SplittableRandom random) {
        List<Person> people = new ArrayList<>(fandom.people());
        int n = Math.min(people.size(), 2 + random.nextInt(4));
        List<Person> cast = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cast.add(people.remove(random.nextInt(people.size())));
        }
        return cast;
    }

    private static String pair(List<Person> cast) {
        String a = cast.get(0).name();
        String b = cast.get(1).name();
        return a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a;
    }

    /** Log-normal words: median ~2,500, about 1 in 500 past 100k, capped at 400k. */
    static int lengthInWords(SplittableRandom random) {
        double gaussian = gaussian(random);
        double words = Math.exp(Math.log(2500) + 1.15 * gaussian);
        return (int) Math.max(150, Math.min(400_000, words));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static int weighted(SplittableRandom random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String chapterHeading(int n, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> "Chapter " + n;
            case 1 -> "Part " + n + ":";
            default -> "Chapter " + n + ": "
                    + ProseWriter.capitalize(TITLE_WORDS[random.nextInt(TITLE_WORDS.length)]);
        };
    }

    private static final String[] TITLE_WORDS = {"salt", "silver", "winter", "lanterns", "ash",
            "the long road",
            "basement weather", "small hours", "candle", "iron", "glass", "tide", "the second cup", "embers"};

    private static String title(SplittableRandom random) {
        String a = TITLE_WORDS[random.nextInt(TITLE_WORDS.length)];
        String b = TITLE_WORDS[random.nextInt(TITLE_WORDS.length)];
        return random.nextBoolean()
                ? ProseWriter.capitalize(a) + " and " + ProseWriter.capitalize(b)
                : ProseWriter.capitalize(a);
    }
}
