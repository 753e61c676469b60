<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Regiedesk %1&lt;/h3&gt;&lt;p&gt;Coupling status holders (vergunninghouders) to municipalities, for COA regievoerders: quotas per half-year, realisation, pipeline and forecast.&lt;/p&gt;&lt;p&gt;Population figures: Centraal Bureau voor de Statistiek (CBS), StatLine table 03759NED &lt;i&gt;Bevolking op 1 januari&lt;/i&gt;, licensed CC BY 4.0. Source: CBS (Centraal Bureau voor de Statistiek), StatLine.&lt;/p&gt;&lt;p&gt;The quota rules follow the Huisvestingswet 2014 (art. 28–30) and the handbook on housing status holders.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regiedesk %1&lt;/h3&gt;&lt;p&gt;Koppelen van vergunninghouders aan gemeenten, voor regievoerders van het COA: taakstelling per halfjaar, realisatie, pipeline en prognose.&lt;/p&gt;&lt;p&gt;Inwonertallen: Centraal Bureau voor de Statistiek (CBS), StatLine-tabel 03759NED &lt;i&gt;Bevolking op 1 januari&lt;/i&gt;, licentie CC BY 4.0. Bron: CBS (Centraal Bureau voor de Statistiek), StatLine.&lt;/p&gt;&lt;p&gt;De regels voor de taakstelling volgen de Huisvestingswet 2014 (art. 28–30) en de handreiking huisvesting vergunninghouders.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Regiedesk</source>
        <translation>Over Regiedesk</translation>
    </message>
</context>
<context>
    <name>Categorie</name>
    <message>
        <source>Regular</source>
        <translation>Regulier</translation>
    </message>
    <message>
        <source>Resettlement (UNHCR)</source>
        <translation>Hervestiging (UNHCR)</translation>
    </message>
    <message>
        <source>B-9 permit</source>
        <translation>B9-vergunning</translation>
    </message>
    <message>
        <source>Unaccompanied minor (amv)</source>
        <translation>Alleenstaande minderjarige (amv)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen resterend</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Vlaggen</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>Only the AZCs of region N (1-5).</source>
        <translation>Alleen de AZC's van regio N (1-5).</translation>
    </message>
    <message>
        <source>Only households coupled to this gemeente.</source>
        <translation>Alleen huishoudens die aan deze gemeente gekoppeld zijn.</translation>
    </message>
    <message>
        <source>Output as a table (default) or CSV.</source>
        <translation>Uitvoer als tabel (standaard) of CSV.</translation>
    </message>
    <message>
        <source>Include households that have moved.</source>
        <translation>Neem ook verhuisde huishoudens op.</translation>
    </message>
    <message>
        <source>--gemeente "%1" is not a gemeente code (GM and four digits)</source>
        <translation>--gemeente "%1" is geen gemeentecode (GM en vier cijfers)</translation>
    </message>
    <message>
        <source>--format "%1" is not csv or table</source>
        <translation>--format "%1" is niet csv of table</translation>
    </message>
    <message>
        <source>no such gemeente in this store</source>
        <translation>deze gemeente staat niet in dit gegevensbestand</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>De opdracht.</translation>
    </message>
    <message>
        <source>The store FILE.</source>
        <translation>Het gegevensbestand FILE.</translation>
    </message>
    <message>
        <source>Use DATE as today (for reproducible runs).</source>
        <translation>Gebruik DATE als vandaag (voor herhaalbare runs).</translation>
    </message>
    <message>
        <source>Language of the messages: nl or en.</source>
        <translation>Taal van de meldingen: nl of en.</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>argument %1 ontbreekt</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>onverwacht argument "%1"</translation>
    </message>
    <message>
        <source>Try 'regiedesk-cli %1 --help'.</source>
        <translation>Probeer 'regiedesk-cli %1 --help'.</translation>
    </message>
    <message>
        <source>%1 "%2" is not a half-year such as 2025-H1</source>
        <translation>%1 "%2" is geen halfjaar zoals 2025-H1</translation>
    </message>
    <message>
        <source>%1 "%2" is not a whole number of zero or more</source>
        <translation>%1 "%2" is geen geheel getal van nul of meer</translation>
    </message>
    <message>
        <source>%1 "%2" is not a date such as 2025-03-31</source>
        <translation>%1 "%2" is geen datum zoals 2025-03-31</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a region (1 to %3)</source>
        <translation>--%1 "%2" is geen regio (1 tot en met %3)</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>de optie --%1 is verplicht</translation>
    </message>
    <message>
        <source>does not exist; create it with 'regiedesk-cli --db %1 init'</source>
        <translation>bestaat niet; maak het aan met 'regiedesk-cli --db %1 init'</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>de map ervan kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>Create the store and load the reference data.</source>
        <translation>Maak het gegevensbestand aan en laad de referentiegegevens.</translation>
    </message>
    <message>
        <source>Fill the store with invented demonstration data.</source>
        <translation>Vul het gegevensbestand met verzonnen demonstratiegegevens.</translation>
    </message>
    <message>
        <source>Import the CBS population of 1 January of a year.</source>
        <translation>Importeer de CBS-inwonertallen van 1 januari van een jaar.</translation>
    </message>
    <message>
        <source>Set the national number to house (vg) for a half-year.</source>
        <translation>Stel het landelijke aantal te huisvesten (vg) voor een halfjaar vast.</translation>
    </message>
    <message>
        <source>Register a shift of quota between gemeenten.</source>
        <translation>Registreer een herverdeling van taakstelling tussen gemeenten.</translation>
    </message>
    <message>
        <source>Show the quota figures of every gemeente for a half-year.</source>
        <translation>Toon de taakstellingscijfers van elke gemeente voor een halfjaar.</translation>
    </message>
    <message>
        <source>Import households from a CSV file.</source>
        <translation>Importeer huishoudens uit een CSV-bestand.</translation>
    </message>
    <message>
        <source>Export all households to a CSV file.</source>
        <translation>Exporteer alle huishoudens naar een CSV-bestand.</translation>
    </message>
    <message>
        <source>Couple a household to a gemeente.</source>
        <translation>Koppel een huishouden aan een gemeente.</translation>
    </message>
    <message>
        <source>End a household's coupling.</source>
        <translation>Beëindig de koppeling van een huishouden.</translation>
    </message>
    <message>
        <source>List the open cases with their phase and due date.</source>
        <translation>Toon de lopende dossiers met hun fase en vervaldatum.</translation>
    </message>
    <message>
        <source>Date of the change (default: today).</source>
        <translation>Datum van de wijziging (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Why (required; kept in the history).</source>
        <translation>Reden (verplicht; wordt bewaard in de geschiedenis).</translation>
    </message>
    <message>
        <source>V-NUMMER "%1" is not a V-nummer (ten digits)</source>
        <translation>V-NUMMER "%1" is geen V-nummer (tien cijfers)</translation>
    </message>
    <message>
        <source>V-nummer %1</source>
        <translation>V-nummer %1</translation>
    </message>
    <message>
        <source>no household in this store has a member with this V-nummer</source>
        <translation>geen huishouden in dit gegevensbestand heeft een lid met dit V-nummer</translation>
    </message>
    <message>
        <source>CSV with one row per person (see docs/huishoudens-csv.md).</source>
        <translation>CSV met één regel per persoon (zie docs/huishoudens-csv.md).</translation>
    </message>
    <message>
        <source>%1 households imported from %2</source>
        <translation>%1 huishoudens geïmporteerd uit %2</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Het CSV-bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>%1 households exported to %2</source>
        <translation>%1 huishoudens geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>V-nummer of any member of the household.</source>
        <translation>V-nummer van een willekeurig lid van het huishouden.</translation>
    </message>
    <message>
        <source>The gemeente, such as GM0363.</source>
        <translation>De gemeente, zoals GM0363.</translation>
    </message>
    <message>
        <source>GM-CODE "%1" is not a gemeente code (GM and four digits)</source>
        <translation>GM-CODE "%1" is geen gemeentecode (GM en vier cijfers)</translation>
    </message>
    <message>
        <source>Household of V-nummer %1 coupled to %2 (%3) on %4</source>
        <translation>Huishouden van V-nummer %1 op %4 gekoppeld aan %2 (%3)</translation>
    </message>
    <message>
        <source>Coupling of the household of V-nummer %1 ended on %2</source>
        <translation>Koppeling van het huishouden van V-nummer %1 beëindigd op %2</translation>
    </message>
    <message>
        <source>CSV with a gemeente code and a population column per gemeente.</source>
        <translation>CSV met per gemeente een kolom gemeentecode en een kolom inwoners.</translation>
    </message>
    <message>
        <source>The population is that of 1 January YYYY (required).</source>
        <translation>Het inwonertal is dat van 1 januari YYYY (verplicht).</translation>
    </message>
    <message>
        <source>--year "%1" is not a year such as 2024</source>
        <translation>--year "%1" is geen jaar zoals 2024</translation>
    </message>
    <message>
        <source>%1 gemeenten imported for 1 January %2</source>
        <translation>%1 gemeenten geïmporteerd voor 1 januari %2</translation>
    </message>
    <message>
        <source>The half-year, such as 2025-H1.</source>
        <translation>Het halfjaar, zoals 2025-H1.</translation>
    </message>
    <message>
        <source>Persons to house nationally in that half-year.</source>
        <translation>Landelijk aantal te huisvesten personen in dat halfjaar.</translation>
    </message>
    <message>
        <source>vg for %1 set to %2</source>
        <translation>vg voor %1 vastgesteld op %2</translation>
    </message>
    <message>
        <source>Shifts such as GM0001=+5 GM0002=-5; together they sum to zero.</source>
        <translation>Verschuivingen zoals GM0001=+5 GM0002=-5; samen tellen ze op tot nul.</translation>
    </message>
    <message>
        <source>Why the quota shift (required).</source>
        <translation>Reden van de herverdeling (verplicht).</translation>
    </message>
    <message>
        <source>Herverdeling %1 registered for %2: %3</source>
        <translation>Herverdeling %1 geregistreerd voor %2: %3</translation>
    </message>
    <message>
        <source>Quota %1: vg %2, national population %3 (1 January %4), pipeline on %5</source>
        <translation>Taakstelling %1: vg %2, inwoners van Nederland %3 (1 januari %4), pipeline op %5</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Herverdeling</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>Saldo vorig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation>Voor/achter</translation>
    </message>
    <message>
        <source>Total (%1 gemeenten)</source>
        <translation>Totaal (%1 gemeenten)</translation>
    </message>
    <message>
        <source>Only the gemeenten of region N (1-5).</source>
        <translation>Alleen de gemeenten van regio N (1-5).</translation>
    </message>
    <message>
        <source>Store %1 is ready (schema version %2).</source>
        <translation>Gegevensbestand %1 is klaar (schemaversie %2).</translation>
    </message>
    <message>
        <source>Reference data: %1 gemeenten, %2 AZC locations, population of 1 January %3.</source>
        <translation>Referentiegegevens: %1 gemeenten, %2 AZC-locaties, inwoners op 1 januari %3.</translation>
    </message>
    <message>
        <source>Seed N: the same seed gives the same data (2025).</source>
        <translation>Seed N: dezelfde seed geeft dezelfde gegevens (2025).</translation>
    </message>
    <message>
        <source>--seed "%1" is too large (at most %2)</source>
        <translation>--seed "%1" is te groot (hoogstens %2)</translation>
    </message>
    <message>
        <source>--households "%1" is too large (at most 1000000)</source>
        <translation>--households "%1" is te groot (hoogstens 1000000)</translation>
    </message>
    <message>
        <source>Households: %1 of %2</source>
        <translation>Huishoudens: %1 van %2</translation>
    </message>
    <message>
        <source>Demo data: %1 households with %2 persons (seed %3, today %4).</source>
        <translation>Demogegevens: %1 huishoudens met %2 personen (seed %3, vandaag %4).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Run 'regiedesk-cli COMMAND --help' for the arguments of a command.
Exit codes: 0 done, 1 refused (bad file, refused action, store cannot be opened), 2 wrong command line.</source>
        <translation>Voer 'regiedesk-cli COMMAND --help' uit voor de argumenten van een opdracht.
Afsluitcodes: 0 klaar, 1 geweigerd (fout bestand, geweigerde actie, gegevensbestand kan niet worden geopend), 2 foute opdrachtregel.</translation>
    </message>
    <message>
        <source>Try 'regiedesk-cli --help'.</source>
        <translation>Probeer 'regiedesk-cli --help'.</translation>
    </message>
    <message>
        <source>--lang "%1" is not nl or en</source>
        <translation>--lang "%1" is niet nl of en</translation>
    </message>
    <message>
        <source>Regiedesk on the command line: the store, quota and couplings.</source>
        <translation>Regiedesk op de opdrachtregel: het gegevensbestand, de taakstelling en de koppelingen.</translation>
    </message>
    <message>
        <source>The store FILE (default: the window's store, %1).</source>
        <translation>Het gegevensbestand FILE (standaard: het gegevensbestand van het venster, %1).</translation>
    </message>
    <message>
        <source>Use DATE (YYYY-MM-DD) as today, for reproducible runs.</source>
        <translation>Gebruik DATE (YYYY-MM-DD) als vandaag, voor herhaalbare runs.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Een van de opdrachten hieronder.</translation>
    </message>
    <message>
        <source>missing COMMAND</source>
        <translation>COMMAND ontbreekt</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>onbekende opdracht "%1"</translation>
    </message>
    <message>
        <source>Number of households to invent (20000).</source>
        <translation>Aantal te verzinnen huishoudens (20000).</translation>
    </message>
    <message>
        <source>Note: %1 started on %2; a herverdeling should be registered before the half-year starts.</source>
        <translation>Let op: %1 is op %2 begonnen; een herverdeling hoort vóór het begin van het halfjaar te worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Criterium</name>
    <message>
        <source>First-degree family (children under 18)</source>
        <translation>Familie in de eerste graad (kinderen onder 18)</translation>
    </message>
    <message>
        <source>Specialised treatment that cannot move</source>
        <translation>Gespecialiseerde behandeling die niet verplaatst kan worden</translation>
    </message>
    <message>
        <source>Very specific education</source>
        <translation>Zeer specifieke opleiding</translation>
    </message>
    <message>
        <source>Employment (at least 6 months, 20 hours a week)</source>
        <translation>Arbeidscontract (minstens 6 maanden, 20 uur per week)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 regel %2</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>is geen geldige UTF-8-tekst; sla het bestand op als UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a '"' is missing)</source>
        <translation>een veld tussen aanhalingstekens is niet afgesloten (er ontbreekt een '"')</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; put quotes around the whole field and double quotes inside it</source>
        <translation>onverwachte tekst na een sluitend aanhalingsteken; zet aanhalingstekens om het hele veld en verdubbel de aanhalingstekens erin</translation>
    </message>
    <message>
        <source>has %1 fields where the header line has %2</source>
        <translation>heeft %1 velden waar de kopregel er %2 heeft</translation>
    </message>
    <message>
        <source>is empty: there is no header line</source>
        <translation>is leeg: er is geen kopregel</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>is too large to read</source>
        <translation>is te groot om te lezen</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>the store has no AZC locations with gemeenten to place in</source>
        <translation>het gegevensbestand heeft geen AZC-locaties met gemeenten om in te plaatsen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>%1 households were stored, %2 expected</source>
        <translation>%1 huishoudens opgeslagen, %2 verwacht</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>the demo needs a valid date for today</source>
        <translation>de demo heeft een geldige datum voor vandaag nodig</translation>
    </message>
    <message>
        <source>households</source>
        <translation>huishoudens</translation>
    </message>
    <message>
        <source>the number of households cannot be negative</source>
        <translation>het aantal huishoudens kan niet negatief zijn</translation>
    </message>
</context>
<context>
    <name>Fase</name>
    <message>
        <source>1 Coupling</source>
        <translation>1 Koppeling</translation>
    </message>
    <message>
        <source>2 Housing</source>
        <translation>2 Woonruimte</translation>
    </message>
    <message>
        <source>3 Move</source>
        <translation>3 Verhuizing</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
</context>
<context>
    <name>Herverdeling</name>
    <message>
        <source>expected GM0000=+N or GM0000=-N</source>
        <translation>verwacht GM0000=+N of GM0000=-N</translation>
    </message>
    <message>
        <source>appears more than once in the redistribution</source>
        <translation>komt meer dan eens voor in de herverdeling</translation>
    </message>
    <message>
        <source>a shift of zero is not a redistribution</source>
        <translation>een verschuiving van nul is geen herverdeling</translation>
    </message>
    <message>
        <source>a redistribution needs two or more gemeenten</source>
        <translation>een herverdeling vraagt twee of meer gemeenten</translation>
    </message>
    <message>
        <source>the shifts add up to %1; they must add up to 0 so the sum of the quotas stays the same</source>
        <translation>de verschuivingen tellen op tot %1; ze moeten optellen tot 0, zodat de som van de taakstellingen gelijk blijft</translation>
    </message>
</context>
<context>
    <name>HuishoudenCsv</name>
    <message>
        <source>the required column "%1" is missing</source>
        <translation>de verplichte kolom "%1" ontbreekt</translation>
    </message>
    <message>
        <source>the household key (the reference person's V-number) is empty</source>
        <translation>de sleutel van het huishouden (het V-nummer van de referent) is leeg</translation>
    </message>
    <message>
        <source>holds no households</source>
        <translation>bevat geen huishoudens</translation>
    </message>
    <message>
        <source>%1 line %2, %3</source>
        <translation>%1 regel %2, %3</translation>
    </message>
    <message>
        <source>"%1" is not a date written as YYYY-MM-DD</source>
        <translation>"%1" is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>"%1" must be 1 (yes) or 0 (no)</source>
        <translation>"%1" moet 1 (ja) of 0 (nee) zijn</translation>
    </message>
    <message>
        <source>gemeente %1 is not known in this store</source>
        <translation>gemeente %1 is niet bekend in dit gegevensbestand</translation>
    </message>
    <message>
        <source>"%1" is not a category (regulier, hervestiging, b9 or amv)</source>
        <translation>"%1" is geen categorie (regulier, hervestiging, b9 of amv)</translation>
    </message>
    <message>
        <source>AZC location "%1" is not known in this store</source>
        <translation>AZC-locatie "%1" is niet bekend in dit gegevensbestand</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of zero or more</source>
        <translation>"%1" is geen geheel getal van nul of meer</translation>
    </message>
    <message>
        <source>differs from line %1 of the same household (leave it empty or write the same value)</source>
        <translation>wijkt af van regel %1 van hetzelfde huishouden (laat het leeg of vul dezelfde waarde in)</translation>
    </message>
    <message>
        <source>the household key %1 must be the V-number of its reference person (%2)</source>
        <translation>de sleutel %1 van het huishouden moet het V-nummer van de referent zijn (%2)</translation>
    </message>
    <message>
        <source>%1 is already registered in this store</source>
        <translation>%1 staat al in dit gegevensbestand</translation>
    </message>
    <message>
        <source>%1 also occurs on line %2</source>
        <translation>%1 komt ook voor op regel %2</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>the criterion must start with familie, behandeling, opleiding or werk</source>
        <translation>het criterium moet beginnen met familie, behandeling, opleiding of werk</translation>
    </message>
</context>
<context>
    <name>HuishoudenRepository</name>
    <message>
        <source> (and %1 more)</source>
        <translation> (en nog %1)</translation>
    </message>
    <message>
        <source>this household is already stored (id %1)</source>
        <translation>dit huishouden is al opgeslagen (id %1)</translation>
    </message>
    <message>
        <source>household %1 (V-number %2)</source>
        <translation>huishouden %1 (V-nummer %2)</translation>
    </message>
    <message>
        <source>the household cannot be stored (unknown AZC or gemeente?): %1</source>
        <translation>het huishouden kan niet worden opgeslagen (onbekend AZC of onbekende gemeente?): %1</translation>
    </message>
    <message>
        <source>household %1 does not exist</source>
        <translation>huishouden %1 bestaat niet</translation>
    </message>
    <message>
        <source>the intake interview cannot be stored: %1</source>
        <translation>het huisvestinggesprek kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>the criterion cannot be stored (unknown gemeente %1?): %2</source>
        <translation>het criterium kan niet worden opgeslagen (onbekende gemeente %1?): %2</translation>
    </message>
    <message>
        <source>V-number %1 is already registered in this store</source>
        <translation>V-nummer %1 staat al in dit gegevensbestand</translation>
    </message>
    <message>
        <source>BSN %1 (V-number %2) is already registered in this store</source>
        <translation>BSN %1 (V-nummer %2) staat al in dit gegevensbestand</translation>
    </message>
    <message>
        <source>person %1 cannot be stored: %2</source>
        <translation>persoon %1 kan niet worden opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>HuishoudenValidatie</name>
    <message>
        <source>a household needs at least one person</source>
        <translation>een huishouden heeft minstens één persoon</translation>
    </message>
    <message>
        <source>the V-number must be exactly 10 digits</source>
        <translation>het V-nummer moet precies 10 cijfers hebben</translation>
    </message>
    <message>
        <source>V-number %1 is already used by person %2 of this household</source>
        <translation>V-nummer %1 is al in gebruik bij persoon %2 van dit huishouden</translation>
    </message>
    <message>
        <source>the BSN must be 9 digits that pass the 11-proef; leave it empty until the BRP registration</source>
        <translation>het BSN moet 9 cijfers hebben die de 11-proef doorstaan; laat het leeg tot de inschrijving in de BRP</translation>
    </message>
    <message>
        <source>BSN %1 is already used by person %2 of this household</source>
        <translation>BSN %1 is al in gebruik bij persoon %2 van dit huishouden</translation>
    </message>
    <message>
        <source>the given names are required</source>
        <translation>de voornamen zijn verplicht</translation>
    </message>
    <message>
        <source>the surname is required</source>
        <translation>de achternaam is verplicht</translation>
    </message>
    <message>
        <source>the date of birth is required</source>
        <translation>de geboortedatum is verplicht</translation>
    </message>
    <message>
        <source>the date of birth lies in the future</source>
        <translation>de geboortedatum ligt in de toekomst</translation>
    </message>
    <message>
        <source>the date of birth lies before 1900</source>
        <translation>de geboortedatum ligt vóór 1900</translation>
    </message>
    <message>
        <source>the sex must be M, V or X</source>
        <translation>het geslacht moet M, V of X zijn</translation>
    </message>
    <message>
        <source>exactly one person must be the reference person (now %1)</source>
        <translation>precies één persoon moet de referent zijn (nu %1)</translation>
    </message>
    <message>
        <source>the date %1 lies in the future</source>
        <translation>de datum %1 ligt in de toekomst</translation>
    </message>
    <message>
        <source>the date %1 lies before the permit date %2</source>
        <translation>de datum %1 ligt vóór de vergunningdatum %2</translation>
    </message>
    <message>
        <source>the permit date is required</source>
        <translation>de vergunningdatum is verplicht</translation>
    </message>
    <message>
        <source>the permit date lies in the future</source>
        <translation>de vergunningdatum ligt in de toekomst</translation>
    </message>
    <message>
        <source>the move lies before the lease was signed</source>
        <translation>de verhuizing ligt vóór het tekenen van het huurcontract</translation>
    </message>
    <message>
        <source>the uitschrijving lies before the move</source>
        <translation>de uitschrijving ligt vóór de verhuizing</translation>
    </message>
    <message>
        <source>the uitschrijving lies before the lease was signed</source>
        <translation>de uitschrijving ligt vóór het tekenen van het huurcontract</translation>
    </message>
    <message>
        <source>an uitschrijving needs the gemeente that housed the household</source>
        <translation>bij een uitschrijving hoort de gemeente die het huishouden heeft gehuisvest</translation>
    </message>
    <message>
        <source>"%1" is not a gemeente code (GM and four digits)</source>
        <translation>"%1" is geen gemeentecode (GM en vier cijfers)</translation>
    </message>
    <message>
        <source>the date of the intake interview is required</source>
        <translation>de datum van het huisvestinggesprek is verplicht</translation>
    </message>
    <message>
        <source>the intake interview lies in the future</source>
        <translation>het huisvestinggesprek ligt in de toekomst</translation>
    </message>
    <message>
        <source>the intake interview lies before the permit date</source>
        <translation>het huisvestinggesprek ligt vóór de vergunningdatum</translation>
    </message>
    <message>
        <source>the number of expected family members cannot be negative</source>
        <translation>het aantal verwachte nareizigers kan niet negatief zijn</translation>
    </message>
    <message>
        <source>the family reunification status must be one of %1</source>
        <translation>de status van de gezinshereniging moet een van %1 zijn</translation>
    </message>
    <message>
        <source>the criterion "%1" is given twice</source>
        <translation>het criterium "%1" is twee keer opgegeven</translation>
    </message>
    <message>
        <source>a placement criterion must name the gemeente or place it ties the household to</source>
        <translation>een plaatsingscriterium moet de gemeente of plaats noemen waaraan het het huishouden bindt</translation>
    </message>
</context>
<context>
    <name>InwonersImport</name>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>%1 is not a plausible year (1900 to 2999)</source>
        <translation>%1 is geen aannemelijk jaar (1900 tot 2999)</translation>
    </message>
    <message>
        <source>has no column with the gemeente code (code, gm_code or RegioS)</source>
        <translation>heeft geen kolom met de gemeentecode (code, gm_code of RegioS)</translation>
    </message>
    <message>
        <source>has no column with the population (inwoners, bevolking or BevolkingAanHetBeginVanDePeriode_1)</source>
        <translation>heeft geen kolom met het inwonertal (inwoners, bevolking of BevolkingAanHetBeginVanDePeriode_1)</translation>
    </message>
    <message>
        <source>"%1" is not a gemeente code (GM and four digits)</source>
        <translation>"%1" is geen gemeentecode (GM en vier cijfers)</translation>
    </message>
    <message>
        <source>gemeente %1 is not known in this store</source>
        <translation>gemeente %1 is niet bekend in dit gegevensbestand</translation>
    </message>
    <message>
        <source>gemeente %1 occurs twice, on line %2 and line %3</source>
        <translation>gemeente %1 komt twee keer voor, op regel %2 en regel %3</translation>
    </message>
    <message>
        <source>the population "%1" of %2 is not a whole number of zero or more (digits only, no separators)</source>
        <translation>het inwonertal "%1" van %2 is geen geheel getal van nul of meer (alleen cijfers, geen scheidingstekens)</translation>
    </message>
    <message>
        <source>holds no gemeente rows</source>
        <translation>bevat geen regels met gemeenten</translation>
    </message>
</context>
<context>
    <name>KoppelCommando</name>
    <message>
        <source>Couple to %1</source>
        <translation>Koppelen aan %1</translation>
    </message>
    <message>
        <source>undone (%1)</source>
        <translation>ongedaan gemaakt (%1)</translation>
    </message>
</context>
<context>
    <name>KoppelingControle</name>
    <message>
        <source>gemeente</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>unknown gemeente %1</source>
        <translation>onbekende gemeente %1</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>samenwerkingsverband</translation>
    </message>
    <message>
        <source>unknown partnership %1</source>
        <translation>onbekend samenwerkingsverband %1</translation>
    </message>
    <message>
        <source>%1 is not a member of the partnership %2</source>
        <translation>%1 is geen lid van samenwerkingsverband %2</translation>
    </message>
    <message>
        <source>The mandatory placement criterion "%1" ties the household to %2, not to %3.</source>
        <translation>Het dwingende plaatsingscriterium "%1" bindt het huishouden aan %2, niet aan %3.</translation>
    </message>
    <message>
        <source>Family reunification blocks placement until %1.</source>
        <translation>Gezinshereniging blokkeert de plaatsing tot %1.</translation>
    </message>
    <message>
        <source>%1 lies in region %2, outside region %3 of the AZC %4.</source>
        <translation>%1 ligt in regio %2, buiten regio %3 van het AZC %4.</translation>
    </message>
    <message>
        <source>A very large household of %1 persons: it needs specific housing.</source>
        <translation>Een zeer groot huishouden van %1 personen: dit vraagt om specifieke huisvesting.</translation>
    </message>
    <message>
        <source>The housing stock of %1 lacks what this household needs: %2.</source>
        <translation>De woningvoorraad van %1 mist wat dit huishouden nodig heeft: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ahead on its forecast by %2 persons while %n other gemeente(s) in the region are behind; most behind: %3</source>
        <translation><numerusform>%1 heeft op de prognose een voorsprong van %2 personen terwijl %n andere gemeente in de regio achterloopt; de grootste achterstand: %3</numerusform><numerusform>%1 heeft op de prognose een voorsprong van %2 personen terwijl %n andere gemeenten in de regio achterlopen; de grootste achterstand: %3</numerusform></translation>
    </message>
</context>
<context>
    <name>KoppelingService</name>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>een geldige datum is verplicht</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 ligt in de toekomst</translation>
    </message>
    <message>
        <source>%1 lies before the permit date %2</source>
        <translation>%1 ligt vóór de vergunningdatum %2</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>samenwerkingsverband</translation>
    </message>
    <message>
        <source>unknown partnership %1</source>
        <translation>onbekend samenwerkingsverband %1</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>a coupling needs a reason</source>
        <translation>een koppeling vraagt een reden</translation>
    </message>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>unknown household %1</source>
        <translation>onbekend huishouden %1</translation>
    </message>
    <message>
        <source>%1 lies after the household moved out of reception on %2</source>
        <translation>%1 ligt na het vertrek van het huishouden uit de opvang op %2</translation>
    </message>
    <message>
        <source>unknown gemeente</source>
        <translation>onbekende gemeente</translation>
    </message>
    <message>
        <source>is already coupled to %1 since %2; uncouple it first</source>
        <translation>is sinds %2 al gekoppeld aan %1; ontkoppel eerst</translation>
    </message>
    <message>
        <source>uncoupling needs a reason</source>
        <translation>ontkoppelen vraagt een reden</translation>
    </message>
    <message>
        <source>has already moved out of reception; its coupling is final</source>
        <translation>heeft de opvang al verlaten; de koppeling is definitief</translation>
    </message>
    <message>
        <source>is not coupled</source>
        <translation>is niet gekoppeld</translation>
    </message>
    <message>
        <source>%1 lies before the coupling date %2</source>
        <translation>%1 ligt vóór de koppelingsdatum %2</translation>
    </message>
    <message>
        <source>coupling</source>
        <translation>koppeling</translation>
    </message>
    <message>
        <source>refused without a written reason to override: %1</source>
        <translation>geweigerd zonder geschreven reden om te overrulen: %1</translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message numerus="yes">
        <source>the population of 1 January %1 is missing for %n gemeente(n) (%2); import it with import-population</source>
        <translation><numerusform>het inwonertal van 1 januari %1 ontbreekt voor %n gemeente (%2); importeer het met import-population</numerusform><numerusform>het inwonertal van 1 januari %1 ontbreekt voor %n gemeenten (%2); importeer het met import-population</numerusform></translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>halfjaar</translation>
    </message>
    <message>
        <source>invalid half-year</source>
        <translation>ongeldig halfjaar</translation>
    </message>
    <message>
        <source>vg</source>
        <translation>vg</translation>
    </message>
    <message>
        <source>the number to house cannot be negative</source>
        <translation>het te huisvesten aantal kan niet negatief zijn</translation>
    </message>
    <message>
        <source>the population cannot be negative</source>
        <translation>het inwonertal kan niet negatief zijn</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>an art. 30 decision needs a reason</source>
        <translation>een besluit volgens art. 30 vraagt een reden</translation>
    </message>
    <message>
        <source>a redistribution needs a reason</source>
        <translation>een herverdeling vraagt een reden</translation>
    </message>
    <message>
        <source>unknown gemeente</source>
        <translation>onbekende gemeente</translation>
    </message>
    <message>
        <source>no vg (national number to house) has been set for this half-year</source>
        <translation>voor dit halfjaar is geen vg (landelijk te huisvesten aantal) vastgesteld</translation>
    </message>
    <message>
        <source>store</source>
        <translation>gegevensbestand</translation>
    </message>
    <message>
        <source>the store has no gemeenten; load the reference data first</source>
        <translation>het gegevensbestand bevat geen gemeenten; laad eerst de referentiegegevens</translation>
    </message>
    <message>
        <source>no vg has been set for this half-year, so the balance carried into %1 cannot be computed</source>
        <translation>voor dit halfjaar is geen vg vastgesteld, dus het saldo dat doorloopt naar %1 kan niet worden berekend</translation>
    </message>
</context>
<context>
    <name>Referentiedata</name>
    <message>
        <source>the columns code, naam and provincie are required</source>
        <translation>de kolommen code, naam en provincie zijn verplicht</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 regel %2</translation>
    </message>
    <message>
        <source>invalid gemeente code or province</source>
        <translation>ongeldige gemeentecode of provincie</translation>
    </message>
    <message>
        <source>invalid population %1</source>
        <translation>ongeldig inwonertal %1</translation>
    </message>
    <message>
        <source>the columns naam and gemeente_code are required</source>
        <translation>de kolommen naam en gemeente_code zijn verplicht</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>an AZC location needs a name</source>
        <translation>een AZC-locatie heeft een naam nodig</translation>
    </message>
    <message>
        <source>unknown gemeente</source>
        <translation>onbekende gemeente</translation>
    </message>
    <message>
        <source>cannot be added: %1</source>
        <translation>kan niet worden toegevoegd: %1</translation>
    </message>
    <message>
        <source>a partnership needs a name</source>
        <translation>een samenwerkingsverband heeft een naam nodig</translation>
    </message>
    <message>
        <source>a partnership needs two or more gemeenten</source>
        <translation>een samenwerkingsverband vraagt twee of meer gemeenten</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>store</source>
        <translation>gegevensbestand</translation>
    </message>
    <message>
        <source>the store is not an open SQLite database</source>
        <translation>het gegevensbestand is geen geopende SQLite-database</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>is not a Regiedesk store (not an SQLite database file)</source>
        <translation>is geen Regiedesk-gegevensbestand (geen SQLite-databasebestand)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>is damaged and cannot be read: %1</source>
        <translation>is beschadigd en kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>is damaged and cannot be read</source>
        <translation>is beschadigd en kan niet worden gelezen</translation>
    </message>
    <message>
        <source>is an SQLite database of another program, not a Regiedesk store</source>
        <translation>is een SQLite-database van een ander programma, geen Regiedesk-gegevensbestand</translation>
    </message>
    <message>
        <source>was written by a newer version of Regiedesk (schema %1; this version knows up to %2). Update Regiedesk to open it; the file was not changed.</source>
        <translation>is geschreven door een nieuwere versie van Regiedesk (schema %1; deze versie kent tot en met %2). Werk Regiedesk bij om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>is damaged: %1. The file was not changed; restore a backup copy.</source>
        <translation>is beschadigd: %1. Het bestand is niet gewijzigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>is damaged (%1). The file was not changed; restore a backup copy.</source>
        <translation>is beschadigd (%1). Het bestand is niet gewijzigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>cannot be opened for a backup: %1</source>
        <translation>kan niet worden geopend voor een reservekopie: %1</translation>
    </message>
    <message>
        <source>the backup copy before the upgrade failed: %1</source>
        <translation>de reservekopie vóór de upgrade is mislukt: %1</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>geen bestand opgegeven</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>is geen bestand</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>bestaat niet</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>de map ervan kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>was written by an older version of Regiedesk; open it once for writing to upgrade it</source>
        <translation>is geschreven door een oudere versie van Regiedesk; open het een keer om te schrijven om het bij te werken</translation>
    </message>
    <message>
        <source>cannot be configured: %1</source>
        <translation>kan niet worden ingesteld: %1</translation>
    </message>
    <message>
        <source>upgrade to schema %1</source>
        <translation>bijwerken naar schema %1</translation>
    </message>
    <message>
        <source>is open read-only</source>
        <translation>is alleen-lezen geopend</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>kan geen transactie starten: %1</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>de wijziging kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>the file already exists; open it instead</source>
        <translation>het bestand bestaat al; open het in plaats daarvan</translation>
    </message>
    <message>
        <source>Creating the demo store with invented households…</source>
        <translation>Het demobestand met verzonnen huishoudens wordt gemaakt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demobestand</translation>
    </message>
    <message>
        <source>Regiedesk</source>
        <translation>Regiedesk</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Het gegevensbestand kon niet worden geopend.</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>Ander bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <source>Regiedesk stores (*.sqlite *.db);;All files (*)</source>
        <translation>Regiedesk-gegevensbestanden (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>A new store could not be created.</source>
        <translation>Er kon geen nieuw gegevensbestand worden gemaakt.</translation>
    </message>
    <message>
        <source>The demo store could not be created.</source>
        <translation>Het demobestand kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>rd::HalfJaarCombo</name>
    <message>
        <source>Half-year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <source>The calendar half-year whose quota and realisation are shown</source>
        <translation>Het kalenderhalfjaar waarvan taakstelling en realisatie worden getoond</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>Regiedesk</source>
        <translation>Regiedesk</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Gegevensbestand &amp;openen…</translation>
    </message>
    <message>
        <source>Open another Regiedesk store file</source>
        <translation>Een ander Regiedesk-gegevensbestand openen</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nieuw gegevensbestand…</translation>
    </message>
    <message>
        <source>Create an empty store with the municipalities and CBS population</source>
        <translation>Een leeg gegevensbestand maken met de gemeenten en de CBS-inwonertallen</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>&amp;Recente gegevensbestanden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Find municipality</source>
        <translation>Gemeente &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Regiedesk</source>
        <translation>&amp;Over Regiedesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — Regiedesk</source>
        <translation>%1 — Regiedesk</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>No store is open. Choose File → Open store… or File → New store…</source>
        <translation>Er is geen gegevensbestand geopend. Kies Bestand → Gegevensbestand openen… of Bestand → Nieuw gegevensbestand…</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Geen gegevensbestand geopend</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Gegevensbestand: %1</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Geen recente gegevensbestanden</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <source>Regiedesk stores (%1);;All files (*)</source>
        <translation>Regiedesk-gegevensbestanden (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nieuw gegevensbestand</translation>
    </message>
    <message>
        <source>Regiedesk stores (%1)</source>
        <translation>Regiedesk-gegevensbestanden (%1)</translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation>Het gegevensbestand kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart Regiedesk.</source>
        <translation>De nieuwe taal gaat in wanneer u Regiedesk opnieuw start.</translation>
    </message>
    <message>
        <source>Half-&amp;year:</source>
        <translation>Half&amp;jaar:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation><numerusform>%Ln gemeente</numerusform><numerusform>%Ln gemeenten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation><numerusform>%Ln huishouden</numerusform><numerusform>%Ln huishoudens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s)</source>
        <translation><numerusform>%Ln lopend dossier</numerusform><numerusform>%Ln lopende dossiers</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::QuotaPanel</name>
    <message>
        <source>Municipality name or code (Ctrl+F)</source>
        <translation>Naam of code van de gemeente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search municipality</source>
        <translation>Gemeente zoeken</translation>
    </message>
    <message>
        <source>Show only the municipalities whose name or CBS code contains this text</source>
        <translation>Toon alleen de gemeenten waarvan de naam of CBS-code deze tekst bevat</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Quota per municipality</source>
        <translation>Taakstelling per gemeente</translation>
    </message>
    <message>
        <source>&lt;b&gt;No figures for %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Geen cijfers voor %1.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>quota %1 (national vg %2)</source>
        <translation>taakstelling %1 (landelijk vg %2)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>opgave %1</translation>
    </message>
    <message>
        <source>realised %1 persons</source>
        <translation>realisatie %1 personen</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>pipeline %1</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>prognose %1</translation>
    </message>
    <message>
        <source>▲ %1 ahead, ▼ %2 behind</source>
        <translation>▲ %1 met voorsprong, ▼ %2 met achterstand</translation>
    </message>
    <message>
        <source>pipeline on %1</source>
        <translation>pipeline op %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation><numerusform>%Ln gemeente</numerusform><numerusform>%Ln gemeenten</numerusform></translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>No vg (the national number of status holders to house) has been set for %1, so its quotas cannot be computed yet.</source>
        <translation>Voor %1 is geen vg (het landelijke aantal te huisvesten vergunninghouders) vastgesteld, dus de taakstellingen kunnen nog niet worden berekend.</translation>
    </message>
</context>
<context>
    <name>rd::QuotaTableModel</name>
    <message>
        <source>Exactly on target</source>
        <translation>Precies op de opgave</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation>Herverdeling</translation>
    </message>
    <message>
        <source>Balance previous</source>
        <translation>Saldo vorig</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation>Voor/achter</translation>
    </message>
    <message>
        <source>CBS municipality code</source>
        <translation>CBS-gemeentecode</translation>
    </message>
    <message>
        <source>Province; it decides the COA region</source>
        <translation>Provincie; die bepaalt de COA-regio</translation>
    </message>
    <message>
        <source>Population used for the quota: CBS population on 1 January of the year before the half-year's year, or the figure the province set (art. 30)</source>
        <translation>Inwonertal voor de taakstelling: CBS-bevolking op 1 januari van het jaar vóór het jaar van het halfjaar, of het getal dat de provincie vaststelde (art. 30)</translation>
    </message>
    <message>
        <source>Quota = vg × population ÷ national population, rounded up (art. 28)</source>
        <translation>Taakstelling = vg × inwoners ÷ inwoners van Nederland, naar boven afgerond (art. 28)</translation>
    </message>
    <message>
        <source>Quota shifted to (+) or from (−) this municipality by agreement between municipalities (art. 29.2)</source>
        <translation>Taakstelling die in onderlinge afspraak tussen gemeenten naar (+) of van (−) deze gemeente is verschoven (art. 29.2)</translation>
    </message>
    <message>
        <source>Balance carried from the previous half-year: + ahead, − behind</source>
        <translation>Saldo uit het vorige halfjaar: + voorsprong, − achterstand</translation>
    </message>
    <message>
        <source>Target = quota + redistribution − balance previous</source>
        <translation>Opgave = taakstelling + herverdeling − saldo vorig</translation>
    </message>
    <message>
        <source>Persons housed whose deregistration from the AZC fell in this half-year (first housing only)</source>
        <translation>Gehuisveste personen van wie de uitschrijving uit het AZC in dit halfjaar viel (alleen eerste huisvesting)</translation>
    </message>
    <message>
        <source>Persons coupled and not yet moved, on the reference date</source>
        <translation>Personen die op de peildatum gekoppeld en nog niet verhuisd zijn</translation>
    </message>
    <message>
        <source>Forecast = realised + pipeline</source>
        <translation>Prognose = realisatie + pipeline</translation>
    </message>
    <message>
        <source>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</source>
        <translation>Prognose − opgave: ▲ voorsprong, ▼ achterstand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) ahead of the target (voorsprong)</source>
        <translation><numerusform>%Ln persoon voor op de opgave (voorsprong)</numerusform><numerusform>%Ln personen voor op de opgave (voorsprong)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) behind the target (achterstand)</source>
        <translation><numerusform>%Ln persoon achter op de opgave (achterstand)</numerusform><numerusform>%Ln personen achter op de opgave (achterstand)</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::RegioCombo</name>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Show the municipalities of one COA region, or of all regions</source>
        <translation>Toon de gemeenten van één COA-regio, of van alle regio's</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio's</translation>
    </message>
</context>
</TS>
