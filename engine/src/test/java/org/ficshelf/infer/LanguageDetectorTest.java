package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | She had not meant to stay so long, but the rain was still coming down and he was in no hurry to send her out into it. They sat by the window and talked about nothing at all.
            de | Sie hatte nicht vorgehabt, so lange zu bleiben, aber der Regen hörte nicht auf und er hatte es auch nicht eilig, sie hinauszuschicken. Sie saßen am Fenster und redeten über nichts.
            fr | Elle n'avait pas voulu rester si longtemps, mais la pluie tombait encore et il n'était pas pressé de la renvoyer. Ils se sont assis près de la fenêtre et ont parlé de tout et de rien.
            es | No había querido quedarse tanto tiempo, pero la lluvia seguía cayendo y él no tenía prisa por echarla. Se sentaron junto a la ventana y hablaron de todo y de nada, como siempre.
            it | Non aveva voluto restare così a lungo, ma la pioggia cadeva ancora e lui non aveva fretta di mandarla via. Si sono seduti vicino alla finestra e hanno parlato di tutto e di niente.
            pt | Ela não tinha querido ficar tanto tempo, mas a chuva ainda caía e ele não tinha pressa de a mandar embora. Sentaram-se junto da janela e falaram de tudo e de nada, como sempre.
            nl | Ze was niet van plan geweest zo lang te blijven, maar de regen hield niet op en hij had geen haast om haar weg te sturen. Ze zaten bij het raam en praatten over niets.
            sv | Hon hade inte tänkt stanna så länge, men regnet föll fortfarande och han hade inte bråttom att skicka ut henne. De satt vid fönstret och pratade om ingenting, som vanligt.
            da | Hun havde ikke tænkt sig at blive så længe, men regnen faldt stadig og han havde ikke travlt med at sende hende ud. De sad ved vinduet og snakkede om ingenting, som de plejede, og hvad så.
            no | Hun hadde ikke tenkt å bli så lenge, men regnet falt fortsatt og han hadde ikke hastverk med å sende henne ut. De satt ved vinduet og snakket om ingenting, og hva så, det ble sent.
            fi | Hän ei ollut aikonut jäädä niin pitkäksi aikaa, mutta sade jatkui ja hänellä ei ollut kiire. He istuivat ikkunan vieressä ja puhuivat kaikesta, kuten aina, ja se oli hyvä niin.
            pl | Nie chciała zostać tak długo, ale deszcz jeszcze padał, a on nie spieszył się, żeby ją wyprosić. Siedzieli przy oknie i rozmawiali o niczym, jak zawsze, i było to dobre.
            cs | Nechtěla zůstat tak dlouho, ale ještě pršelo a on nespěchal, aby ji poslal pryč. Seděli u okna a mluvili o ničem, jako vždy, a bylo to tak dobré, že už ani nechtěla jít.
            ru | Она не собиралась оставаться так долго, но дождь все еще шел, и он не торопился ее выгонять. Они сидели у окна и говорили ни о чем, как всегда, и это было хорошо.
            uk | Вона не збиралася залишатися так довго, але дощ усе ще йшов, і він не поспішав її виганяти. Вони сиділи біля вікна і говорили ні про що, як завжди, і це було добре.
            tr | Bu kadar uzun kalmayı düşünmemişti ama yağmur hâlâ yağıyordu ve onun da acelesi yoktu. Pencerenin yanında oturdular ve her şey hakkında konuştular, her zaman olduğu gibi.
            id | Dia tidak berniat tinggal selama itu, tapi hujan masih turun dan dia tidak terburu-buru untuk mengusirnya. Mereka duduk di dekat jendela dan berbicara tentang apa saja.
            hu | Nem akart ilyen sokáig maradni, de még mindig esett az eső, és a férfi sem sietett. Az ablak mellett ültek, és semmiről sem beszélgettek, mint mindig, és ez így volt jó.
            ro | Nu voise să rămână atât de mult, dar ploaia încă mai cădea și el nu se grăbea să o trimită acasă. Au stat la fereastră și au vorbit despre nimic, ca de obicei, și era bine.
            ca | No havia volgut quedar-se tant de temps, però la pluja encara queia i ell no tenia pressa per fer-la fora. Es van asseure a la finestra i van parlar de tot i de res, com sempre.
            ja | 彼女はそんなに長くいるつもりはなかったが、雨はまだ降っていて、彼も急いで帰す気はなかった。
            zh | 她本来不打算待那么久，但是雨还在下，他也不急着让她走。他们坐在窗边，什么都聊。
            ko | 그녀는 그렇게 오래 머물 생각이 없었지만 비가 아직 내리고 있었고 그도 서두르지 않았다.
            el | Δεν είχε σκοπό να μείνει τόσο πολύ, αλλά η βροχή συνέχιζε και εκείνος δεν βιαζόταν.
            he | היא לא התכוונה להישאר כל כך הרבה זמן, אבל הגשם עדיין ירד והוא לא מיהר.
            th | เธอไม่ได้ตั้งใจจะอยู่นานขนาดนั้น แต่ฝนยังตกอยู่และเขาก็ไม่รีบ
            ar | لم تكن تنوي البقاء طويلا، لكن المطر كان لا يزال يهطل ولم يكن في عجلة من أمره.
            """)
    void detectsTheLanguageOfAShortParagraph(String expected, String text) {
        assertThat(LanguageDetector.detect(text).code()).isEqualTo(expected);
    }

    @Test
    void saysNothingForAnEmptyOrLetterlessBody() {
        assertThat(LanguageDetector.detect(Document.empty()).code()).isNull();
        assertThat(LanguageDetector.detect("* * * 1234 --- !!!").code()).isNull();
    }

    @Test
    void samplesTheStartAndTheMiddleOfALongBody() {
        Paragraph english = Paragraph.plain(
                "He said that it was all right and she was not to worry about it. ".repeat(4),
                1);
        List<org.ficshelf.doc.Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            blocks.add(english);
        }
        Document body = new Document(List.of(new Chapter(null, blocks)));
        String sample = LanguageDetector.sample(body);
        assertThat(sample.replace("\n", "").length()).isEqualTo(LanguageDetector.SAMPLE);
        LanguageDetector.Detection d = LanguageDetector.detect(body);
        assertThat(d.code()).isEqualTo("en");
        assertThat(d.confidence()).isGreaterThan(0.8);
        assertThat(d.evidence()).anySatisfy(e -> assertThat(e).contains("en "));
    }

    @Test
    void readsALanguageThatTakesOverAfterTheOpeningFromTheSpreadWindows() {
        List<org.ficshelf.doc.Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            blocks.add(
                    Paragraph.plain("He said that it was all right and she was not to worry about it.", i));
        }
        for (int i = 0; i < 3_000; i++) {
            blocks.add(Paragraph.plain(
                    "Er sagte, dass es nicht so schlimm sei und dass sie sich keine Sorgen "
                            + "machen solle, weil er mit ihr und mit den anderen nach Hause gehen werde.",
                    10 + i));
        }
        Document body = new Document(List.of(new Chapter(null, blocks)));
        String sample = LanguageDetector.sample(body);
        assertThat(sample).contains("He said", "Er sagte");
        assertThat(LanguageDetector.detect(body).code()).isEqualTo("de");
    }

    @Test
    void spreadsTheWindowsOverTheWholeBody() {
        List<org.ficshelf.doc.Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            blocks.add(Paragraph.plain("Paragraph " + i + " of the story goes on for a while here.", i));
        }
        String sample = LanguageDetector.sample(new Document(List.of(new Chapter(null, blocks))));
        java.util.Set<Integer> parts = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Paragraph (\\d+) ").matcher(sample);
        while (m.find()) {
            parts.add(Integer.parseInt(m.group(1)) * LanguageDetector.WINDOWS / 4_000);
        }
        assertThat(parts).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, LanguageDetector.WINDOWS).boxed().toList());
        assertThat(sample.replace("\n", "").length()).isLessThanOrEqualTo(LanguageDetector.SAMPLE);
    }

    @Test
    void readsAJapaneseNovelWithAnEnglishOpeningNoteAsJapanese() {
        List<org.ficshelf.doc.Block> blocks = new java.util.ArrayList<>();
        blocks.add(
                Paragraph.plain("Thanks for reading! This is my first story, so please be kind to me.", 0));
        for (int i = 0; i < 2_000; i++) {
            blocks.add(Paragraph.plain("\u5f7c\u306f\u305d\u3046\u8a00\u3063\u3066\u3001\u7a93\u306e"
                    + "\u5916\u3092\u898b\u305f\u3002\u96e8\u304c\u964d\u3063\u3066\u3044\u305f\u3002",
                    i + 1));
        }
        assertThat(LanguageDetector.detect(new Document(List.of(new Chapter(null, blocks)))).code())
                .isEqualTo("ja");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            English         | en
            english         | en
            Deutsch         | de
            German          | de
            en-US           | en
            pt_BR           | pt
            English (UK)    | en
            Español         | es
            日本語           | ja
            Русский         | ru
            """)
    void mapsStatedLanguageNamesToCodes(String stated, String code) {
        assertThat(LanguageNames.code(stated)).contains(code);
    }

    @Test
    void leavesUnknownLanguageNamesUnmapped() {
        assertThat(LanguageNames.code("Klingon")).isEmpty();
    }
}
