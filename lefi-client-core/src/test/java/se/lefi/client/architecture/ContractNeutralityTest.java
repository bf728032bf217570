package se.lefi.client.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiClient;

/**
 * Proves that core knows no contract: no class of core holds an element name of FK's
 * formansinformation structure, not even as a string. The mapping of that structure lives in
 * {@code lefi-client-formansinformation}, the wire formats in the protocol modules.
 *
 * <p>The names are the element names of the 5.x/6.0 contract of seven letters or more (shorter
 * ones such as {@code period} or {@code typ} are ordinary words); {@code personnummer} and
 * {@code organisationsnummer} are left out, since they name the API's own concepts.
 */
class ContractNeutralityTest {

    static final List<String> FORMANSINFORMATION_NAMES = List.of(
            "administrationskostnad", "aktivitetsstodsarende", "allmanpensionsarende", "andringsanledning",
            "anspraksdagar", "anstallning", "antagandeinkomst", "antagandepoang", "antalForbrukade",
            "arbetsgivare", "arbetsskadeefterlevandearende", "arbetsskadeegenlivrantearende",
            "arbetsskadelivranta", "arbetsstallen", "arbetstid", "arsbruttokostnad", "arsinkomstEfterSkada",
            "arsinkomstIAnnatLand", "arsinkomstISverige", "arsinkomstInnanSkada", "arvsvinst", "aterkrav",
            "aterlagt", "atgardstyp", "avdragsbelopp", "avliden", "avslaget", "barnbeslut", "barnbidragsarende",
            "basbelopp", "bastaAlternativ", "bastaPoangPlusEtt", "bedomdadagar", "bedomtBelopp",
            "behallningsunderlag", "beloppForeAvrundningTakbegransning", "beloppstyp", "berakningssatt",
            "berattigad", "beskrivning", "beslutatBruttobelopp", "beslutstatus", "beslutstyp", "beslutsutfall",
            "bostadsbidragsarende", "bostadstillaggsarende", "bostadstillaggsnettokostnad", "bruttobelopp",
            "bruttoforhojning", "civilstand", "definitivt", "delforman", "efterlevandepensionsarende",
            "ersattning", "ersattningsbelopp", "ersattningsdagar", "ersattningsdatum", "ersattningsniva",
            "etableringsersattningsarende", "faktiskaPensionsratter", "faststalldes", "fattades", "felmeddelande",
            "folkbokford", "foralder", "foraldertyp", "foraldrapenningarende", "foretag", "formansfamilj",
            "formansinformation", "forsakringstid", "forsakringstidGsaAr", "forsakringstidGsaDag",
            "forsakringstidGsaManad", "forsorjningsstodsarsnettokostnad", "forvarvsvillkorsar", "fribelopp",
            "generellPersoninformation", "graviditetspenningsarende", "grunduppgifter", "halvaMedelPGI",
            "hamtaFormansinformation", "hamtaFormansinformationSvar", "handikappersattningsarende",
            "harForbrukatMaxAntal", "hemmavarandeBarn", "indexforanding", "inkomster", "inkomsttyp",
            "intjanandebehallning", "intjanandetak", "intjanandeuppgift", "jamfarelseinkomst", "jamforelsepoang",
            "karensavdragsbelopp", "kontakt", "korrelationsid", "lefiFel", "lefiOnlineVersion",
            "levnadsintygsuppgift", "manadsunderlag", "medborgarskap", "medsokande", "mellanskillnad",
            "merkostnadsersattningsarende", "myndighetsplacering", "namnare", "narstaendepenningarende",
            "nettobelopp", "omfattning", "omvardnadsbidragsarende", "pensionsbehallningar",
            "pensionsbehallningsforandringar", "pensionsgrundandeInkomst", "pensionsratter", "pensionsunderlag",
            "periodbeslut", "periodicitet", "pgiBedomd", "pingSvar", "pisaAnhorig", "poangunderlag", "postnummer",
            "postort", "preliminaraUtbetalningar", "preliminarautbetalningar", "premiepensionBelopp", "program",
            "programanvisning", "programersattningsarende", "programjobdagar", "programperiod",
            "reduceradBostadskostnad", "reduceringsbelopp", "rehabersattningsarende", "samhorig",
            "samordnatBruttobelopp", "samordningsandel", "samordningsprocentAL",
            "sjukOchAktivitetsersattningsarende", "sjukpenningarende", "sjukpenninggrundandeInkomstuppgift",
            "skadetillfalle", "skattebelopp", "skolgang", "skyddad", "smittbararersattningsarende", "startades",
            "steglosAvrakning", "studiebidrag", "studiemedelsavisering", "svarstidpunkt",
            "svenskaNordiskaForsakringsmanader", "sysselsattning", "taljare", "telefon", "tidpunkt",
            "tidvisboendeBarn", "tillagg", "tillfalligForaldrapenningarende", "totalBostadskostnad",
            "totalforsvarspliktsarende", "trefjardedelsMedelPGI", "underhallsskuld", "underhallsstodskrav",
            "underhallsstodsmottag", "underlag", "underlagPgbForAntagandepoang", "underlagPgbForBarn",
            "underlagPgbForPlikt", "underlagPgbForSa", "underlagPgbForStudier", "uppdaterades",
            "upphorandeManadFrom", "upplysning", "utbetalning", "utbetalningar", "utbetalningsdetalj",
            "utbetalningstyp", "utbetalningsuppgift", "utdelningadress", "utfyllnadsinkomst", "uttaget",
            "vardbidragsarende", "vaxelvisboendeBarn", "verksamhet", "yrkesskadeefterlevandearende",
            "yrkesskadeegenlivrantearende");

    private static final Pattern NAMES = Pattern.compile(
            "(?<![A-Za-z])(" + String.join("|", FORMANSINFORMATION_NAMES) + ")(?![A-Za-z])");

    @Test
    void coreClasses_whenScanned_holdNoFormansinformationElementName() throws Exception {
        Map<String, String> offenders = new TreeMap<>();
        for (Path file : coreClassFiles()) {
            Matcher m = NAMES.matcher(constantPool(file));
            if (m.find()) {
                offenders.put(file.getFileName().toString(), m.group(1));
            }
        }
        assertThat(offenders).as("core classes and the contract names they hold").isEmpty();
    }

    @Test
    void scan_whenAClassHoldsAName_findsIt() {
        assertThat(NAMES.matcher("x\u0001sjukpenningarende\u0001").find()).isTrue();
        assertThat(NAMES.matcher("utbetalningsuppgift").find()).isTrue();
        assertThat(NAMES.matcher("utbetalningsuppgifter").find()).isFalse();
        assertThat(FORMANSINFORMATION_NAMES).hasSizeGreaterThan(150);
    }

    private static List<Path> coreClassFiles() throws Exception {
        Path classes = Paths.get(LefiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".class")).toList();
            assertThat(list).hasSizeGreaterThan(30);
            return list;
        }
    }

    private static String constantPool(Path classFile) {
        try {
            // Class-file constant pools hold names and strings in modified UTF-8; ASCII matches.
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
