package org.ficshelf.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.ficshelf.bench.WordModel.Person;

/**
 * Writes story prose from the word model: sentences from a small grammar over the word lists,
 * narration and dialogue mixed, in first or third person, with vocabulary suited to the rating
 * (mild swearing from Teen up, violence and strong language from Mature, adult words only at
 * Explicit). Meaningless but shaped like prose: paragraphs, quotes, names, punctuation.
 */
final class ProseWriter {
    private final WordModel model;
    private final SplittableRandom random;
    private final List<Person> cast;
    private final boolean firstPerson;
    private final int rating;
    private final char open;
    private final char close;

    /**
     * @param rating 0 General, 1 Teen, 2 Mature, 3 Explicit
     * @param curly typographic quotes (as word processors write them) rather than ASCII ones
     */
    ProseWriter(WordModel model, SplittableRandom random, List<Person> cast, boolean firstPerson, int rating,
            boolean curly) {
        this.model = model;
        this.random = random;
        this.cast = cast;
        this.firstPerson = firstPerson;
        this.rating = rating;
        this.open = curly ? '\u201C' : '"';
        this.close = curly ? '\u201D' : '"';
    }

    /** Appends paragraphs until about {@code words} words are written; returns the count written. */
    int paragraphs(StringBuilder out, int words, String paragraphSeparator) {
        int written = 0;
        while (written < words) {
            int before = out.length();
            written += random.nextInt(4) == 0 ? dialogue(out) : narration(out);
            if (out.length() > before) {
                out.append(paragraphSeparator);
            }
        }
        return written;
    }

    private int narration(StringBuilder out) {
        int sentences = 2 + random.nextInt(5);
        int words = 0;
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                out.append(' ');
            }
            words += sentence(out, true);
        }
        return words;
    }

    private int dialogue(StringBuilder out) {
        Person speaker = pick(cast);
        out.append(open);
        int words = spoken(out);
        String verb = random.nextInt(3) == 0 ? pick("verb") : "said";
        out.append(',').append(close).append(' ').append(speaker.firstName()).append(' ').append(verb)
                .append('.');
        words += 2 + countSpaces(speaker.firstName());
        if (random.nextBoolean()) {
            out.append(' ');
            words += sentence(out, true);
        }
        return words;
    }

    private int spoken(StringBuilder out) {
        int words = 0;
        if (rating >= 1 && random.nextInt(6) == 0) {
            out.append(capitalize(pick(rating >= 2 && random.nextBoolean() ? "strong" : "mild")))
                    .append(", ");
            words++;
        }
        switch (random.nextInt(4)) {
            case 0 -> out.append("I ").append(pick("verb")).append(" the ").append(pick("noun"));
            case 1 -> out.append("You ").append(pick("verb")).append(" it ").append(pick("adv"));
            case 2 -> out.append("We should find the ").append(pick("adj")).append(' ').append(pick("noun"));
            default -> out.append("It was ").append(pick("adv")).append(' ').append(pick("adj"));
        }
        return words + 4;
    }

    /** One narrative sentence; returns its word count. */
    private int sentence(StringBuilder out, boolean capital) {
        String subject = subject();
        int words = 1 + countSpaces(subject);
        out.append(capital ? capitalize(subject) : subject).append(' ');
        out.append(pick("verb")).append(" the ").append(pick("adj")).append(' ').append(pick("noun"));
        words += 4;
        if (random.nextBoolean()) {
            out.append(' ').append(pick("prep")).append(" the ").append(pick("noun"));
            words += 3;
        }
        words += flavour(out);
        if (random.nextInt(3) == 0) {
            out.append(", ").append(pick("conj")).append(' ');
            words += 1 + sentence(out, false);
            return words;
        }
        out.append('.');
        return words;
    }

    private int flavour(StringBuilder out) {
        if (rating >= 2 && random.nextInt(12) == 0) {
            out.append(" with ").append(pick("violence"));
            return 2;
        }
        if (rating >= 3 && random.nextInt(10) == 0) {
            out.append(", ").append(pick("adult"));
            return 1 + countSpaces(pick("adult"));
        }
        if (random.nextInt(15) == 0) {
            out.append(" and ").append(pick("romance"));
            return 2;
        }
        return 0;
    }

    private String subject() {
        int roll = random.nextInt(4);
        if (firstPerson && roll == 0) {
            return "I";
        }
        Person p = pick(cast);
        return switch (roll) {
            case 1 -> p.gender() == 'f' ? "she" : "he";
            case 2 -> p.firstName();
            default -> p.name();
        };
    }

    private String pick(String category) {
        String[] words = model.words(category);
        return words[random.nextInt(words.length)];
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int countSpaces(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
