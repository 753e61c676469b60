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
    <name>Account</name>
    <message>
        <source>account %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>Make account %1</source>
        <translation>Account %1 aanmaken</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>Wachtwoord van %1 instellen</translation>
    </message>
    <message>
        <source>Remove account %1</source>
        <translation>Account %1 verwijderen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in this store&apos;s reference data</source>
        <translation>&apos;%1&apos; staat niet in de referentiegegevens van dit gegevensbestand</translation>
    </message>
    <message>
        <source>this store is joined to a team server, whose accounts it uses; accounts are made there (docs/sync.md)</source>
        <translation>dit gegevensbestand is aangesloten op een teamserver en gebruikt de accounts daarvan; accounts worden daar aangemaakt (docs/sync.md)</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <source>the first account is a beheerder, so someone can manage the accounts</source>
        <translation>het eerste account is een beheerder, zodat iemand de accounts kan beheren</translation>
    </message>
    <message>
        <source>Account %1 made: %2</source>
        <translation>Account %1 aangemaakt: %2</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>bestaat niet</translation>
    </message>
    <message>
        <source>Password of %1 set</source>
        <translation>Wachtwoord van %1 ingesteld</translation>
    </message>
    <message>
        <source>is the last beheerder; remove the other accounts first, or make another beheerder</source>
        <translation>is de laatste beheerder; verwijder eerst de andere accounts, of maak een andere beheerder</translation>
    </message>
    <message>
        <source>Account %1 removed</source>
        <translation>Account %1 verwijderd</translation>
    </message>
    <message>
        <source>an account change is not undone; make the change again the other way</source>
        <translation>een wijziging van een account wordt niet ongedaan gemaakt; maak de wijziging andersom opnieuw</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>aanmelden</translation>
    </message>
    <message>
        <source>this store has accounts: sign in with a name and a password</source>
        <translation>dit gegevensbestand heeft accounts: meld u aan met een naam en een wachtwoord</translation>
    </message>
    <message>
        <source>unknown account or wrong password</source>
        <translation>onbekend account of onjuist wachtwoord</translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>een wachtwoord heeft minstens %1 tekens</translation>
    </message>
    <message>
        <source>the cryptography library did not start</source>
        <translation>de cryptografiebibliotheek startte niet</translation>
    </message>
    <message>
        <source>too little memory to hash the password (64 MiB)</source>
        <translation>te weinig geheugen om het wachtwoord te hashen (64 MiB)</translation>
    </message>
    <message>
        <source>the server answered: %1</source>
        <translation>de server antwoordde: %1</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>no local account is signed in here, so there is no password of yours to change</source>
        <translation>hier is geen lokaal account aangemeld, dus er is geen wachtwoord van u om te wijzigen</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>huidig wachtwoord</translation>
    </message>
    <message>
        <source>is not right; nothing changed</source>
        <translation>klopt niet; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>%1 changed their own password</source>
        <translation>%1 heeft het eigen wachtwoord gewijzigd</translation>
    </message>
</context>
<context>
    <name>AfzenderCommand</name>
    <message>
        <source>Change the letter&apos;s sender</source>
        <translation>Afzender van de brief wijzigen</translation>
    </message>
</context>
<context>
    <name>BemiddelingStop</name>
    <message>
        <source>mediation stopped on %1: the household refused a dwelling again after an unjustified refusal (handbook 3.4.2)</source>
        <translation>bemiddeling gestopt op %1: het huishouden weigerde opnieuw een woning na een onterechte weigering (handreiking 3.4.2)</translation>
    </message>
    <message>
        <source>the household has already moved; mediation cannot stop</source>
        <translation>het huishouden is al verhuisd; de bemiddeling kan niet meer stoppen</translation>
    </message>
    <message>
        <source>the coupling in force was made on %1, after the refusal of %2 that stops mediation</source>
        <translation>de geldende koppeling is op %1 gemaakt, na de weigering van %2 die de bemiddeling stopt</translation>
    </message>
    <message>
        <source>mediation stopped (handbook 3.4.2): refused again on %1 after an unjustified refusal</source>
        <translation>bemiddeling gestopt (handreiking 3.4.2): op %1 opnieuw geweigerd na een onterechte weigering</translation>
    </message>
</context>
<context>
    <name>BriefCommand</name>
    <message numerus="yes">
        <source>Coupling letters handed out to %n household(s)</source>
        <translation>
            <numerusform>Koppelingsbrief uitgereikt aan %n huishouden</numerusform>
            <numerusform>Koppelingsbrieven uitgereikt aan %n huishoudens</numerusform>
        </translation>
    </message>
    <message>
        <source>letters</source>
        <translation>brieven</translation>
    </message>
    <message>
        <source>no letter to record</source>
        <translation>geen brief om vast te leggen</translation>
    </message>
    <message>
        <source>a letter that was handed out is not taken back</source>
        <translation>een uitgereikte brief wordt niet teruggenomen</translation>
    </message>
</context>
<context>
    <name>BriefReeks</name>
    <message>
        <source>output</source>
        <translation>uitvoer</translation>
    </message>
    <message>
        <source>no file or folder to write the letters to</source>
        <translation>geen bestand of map om de brieven naar te schrijven</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>no temporary files can be written here: %1</source>
        <translation>hier kunnen geen tijdelijke bestanden worden geschreven: %1</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>brieven</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>letters that were recorded could not all be put in place: %1</source>
        <translation>niet alle vastgelegde brieven konden op hun plaats worden gezet: %1</translation>
    </message>
    <message>
        <source>no temporary files can be written here</source>
        <translation>hier kunnen geen tijdelijke bestanden worden geschreven</translation>
    </message>
    <message>
        <source>the letters were recorded, but this file could not be put in place: %1. It waits in %2; the next run puts it in place.</source>
        <translation>de brieven zijn vastgelegd, maar dit bestand kon niet op zijn plaats worden gezet: %1. Het staat klaar in %2; bij de volgende run wordt het alsnog op zijn plaats gezet.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter file(s) exist already; give --force to replace them: %1</source>
        <translation>
            <numerusform>%n briefbestand bestaat al; geef --force om het te vervangen: %1</numerusform>
            <numerusform>%n briefbestanden bestaan al; geef --force om ze te vervangen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefService</name>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>no household with number %1</source>
        <translation>geen huishouden met nummer %1</translation>
    </message>
    <message>
        <source>the household has already moved out; a coupling letter is no longer handed out</source>
        <translation>het huishouden is al verhuisd; er wordt geen koppelingsbrief meer uitgereikt</translation>
    </message>
    <message>
        <source>the letter needs a valid date</source>
        <translation>de brief vraagt een geldige datum</translation>
    </message>
    <message>
        <source>the letter&apos;s date %1 lies in the future</source>
        <translation>de datum %1 van de brief ligt in de toekomst</translation>
    </message>
    <message>
        <source>the household has no active coupling to a gemeente</source>
        <translation>het huishouden heeft geen actieve koppeling aan een gemeente</translation>
    </message>
    <message>
        <source>the household has no reference person</source>
        <translation>het huishouden heeft geen referent</translation>
    </message>
    <message>
        <source>person %1 has no name</source>
        <translation>persoon %1 heeft geen naam</translation>
    </message>
    <message>
        <source>%1 has no V-nummer</source>
        <translation>%1 heeft geen V-nummer</translation>
    </message>
    <message>
        <source>%1 (V-nummer %2) has no date of birth</source>
        <translation>%1 (V-nummer %2) heeft geen geboortedatum</translation>
    </message>
    <message>
        <source>the letter&apos;s date %1 lies before the coupling on %2</source>
        <translation>de datum %1 van de brief ligt vóór de koppeling op %2</translation>
    </message>
    <message>
        <source>the household has no AZC location; the letter names the location</source>
        <translation>het huishouden heeft geen AZC-locatie; de brief noemt de locatie</translation>
    </message>
    <message>
        <source>AZC location %1 has no contact line; set it under the letter settings</source>
        <translation>AZC-locatie %1 heeft geen contactregel; stel die in bij de instellingen voor de brief</translation>
    </message>
    <message>
        <source>the regievoerder&apos;s name for the letter is not set</source>
        <translation>de naam van de regievoerder voor de brief is niet ingesteld</translation>
    </message>
    <message>
        <source>the regievoerder&apos;s phone number or e-mail for the letter is not set</source>
        <translation>het telefoonnummer of e-mailadres van de regievoerder voor de brief is niet ingesteld</translation>
    </message>
    <message>
        <source>a letter needs its language and template version</source>
        <translation>een brief vraagt een taal en een sjabloonversie</translation>
    </message>
    <message>
        <source>coupling %1 is not a coupling of household %2</source>
        <translation>koppeling %1 is geen koppeling van huishouden %2</translation>
    </message>
    <message>
        <source>Koppelingsbrief %1, sjabloon %2</source>
        <translation>Koppelingsbrief %1, sjabloon %2</translation>
    </message>
    <message>
        <source>the letter&apos;s date %1 lies %2 days after the intake interview of %3; the handbook (3.2) holds the vergunninghoudergesprek, where the letter is handed out, at most %4 days after it (by %5)</source>
        <translation>de datum %1 van de brief ligt %2 dagen na het huisvestinggesprek van %3; volgens de handreiking (3.2) vindt het vergunninghoudergesprek, waarbij de brief wordt uitgereikt, hoogstens %4 dagen daarna plaats (uiterlijk %5)</translation>
    </message>
</context>
<context>
    <name>BriefSjabloon</name>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>there is no letter template for &quot;%1&quot;; available: %2</source>
        <translation>er is geen briefsjabloon voor &quot;%1&quot;; beschikbaar: %2</translation>
    </message>
    <message>
        <source>the template has no &lt;meta name=&quot;versie&quot;&gt;</source>
        <translation>het sjabloon heeft geen &lt;meta name=&quot;versie&quot;&gt;</translation>
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
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bijzonderheden</translation>
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
        <translation>Alleen de AZC&apos;s van regio N (1-5).</translation>
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
        <source>--gemeente &quot;%1&quot; is not a gemeente code (GM and four digits)</source>
        <translation>--gemeente &quot;%1&quot; is geen gemeentecode (GM en vier cijfers)</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not csv or table</source>
        <translation>--format &quot;%1&quot; is niet csv of table</translation>
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
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &apos;regiedesk-cli %1 --help&apos;.</source>
        <translation>Probeer &apos;regiedesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a half-year such as 2025-H1</source>
        <translation>%1 &quot;%2&quot; is geen halfjaar zoals 2025-H1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of zero or more</source>
        <translation>%1 &quot;%2&quot; is geen geheel getal van nul of meer</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date such as 2025-03-31</source>
        <translation>%1 &quot;%2&quot; is geen datum zoals 2025-03-31</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a region (1 to %3)</source>
        <translation>--%1 &quot;%2&quot; is geen regio (1 tot en met %3)</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>de optie --%1 is verplicht</translation>
    </message>
    <message>
        <source>does not exist; create it with &apos;regiedesk-cli --db %1 init&apos;</source>
        <translation>bestaat niet; maak het aan met &apos;regiedesk-cli --db %1 init&apos;</translation>
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
        <source>End a household&apos;s coupling.</source>
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
        <source>V-NUMMER &quot;%1&quot; is not a V-nummer (ten digits)</source>
        <translation>V-NUMMER &quot;%1&quot; is geen V-nummer (tien cijfers)</translation>
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
        <source>--year &quot;%1&quot; is not a year such as 2024</source>
        <translation>--year &quot;%1&quot; is geen jaar zoals 2024</translation>
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
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation>Voor/achter</translation>
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
        <source>--seed &quot;%1&quot; is too large (at most %2)</source>
        <translation>--seed &quot;%1&quot; is te groot (hoogstens %2)</translation>
    </message>
    <message>
        <source>--households &quot;%1&quot; is too large (at most 1000000)</source>
        <translation>--households &quot;%1&quot; is te groot (hoogstens 1000000)</translation>
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
        <source>Run &apos;regiedesk-cli COMMAND --help&apos; for the arguments of a command.
Exit codes: 0 done, 1 refused (bad file, refused action, store cannot be opened), 2 wrong command line.</source>
        <translation>Voer &apos;regiedesk-cli COMMAND --help&apos; uit voor de argumenten van een opdracht.
Afsluitcodes: 0 klaar, 1 geweigerd (fout bestand, geweigerde actie, gegevensbestand kan niet worden geopend), 2 foute opdrachtregel.</translation>
    </message>
    <message>
        <source>Try &apos;regiedesk-cli --help&apos;.</source>
        <translation>Probeer &apos;regiedesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not nl or en</source>
        <translation>--lang &quot;%1&quot; is niet nl of en</translation>
    </message>
    <message>
        <source>Regiedesk on the command line: the store, quota and couplings.</source>
        <translation>Regiedesk op de opdrachtregel: het gegevensbestand, de taakstelling en de koppelingen.</translation>
    </message>
    <message>
        <source>The store FILE (default: the window&apos;s store, %1).</source>
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
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Number of households to invent (20000).</source>
        <translation>Aantal te verzinnen huishoudens (20000).</translation>
    </message>
    <message>
        <source>Couple despite blocking checks (a placement criterion tied elsewhere, the reunification block, a gemeente outside the AZC&apos;s region); the reason is stored with the coupling.</source>
        <translation>Koppel ondanks blokkerende controles (een plaatsingscriterium dat elders bindt, de blokkade voor gezinshereniging, een gemeente buiten de regio van het AZC); de reden wordt bij de koppeling bewaard.</translation>
    </message>
    <message>
        <source>coupling</source>
        <translation>koppeling</translation>
    </message>
    <message>
        <source>refused: %1 Give --override-reason TEXT to couple anyway.</source>
        <translation>geweigerd: %1 Geef --override-reason TEXT om toch te koppelen.</translation>
    </message>
    <message>
        <source>Overridden (%1): %2</source>
        <translation>Overruled (%1): %2</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>Waarschuwing (%1): %2</translation>
    </message>
    <message>
        <source>Write a report for a half-year and a scope as CSV or PDF.</source>
        <translation>Schrijf een rapport voor een halfjaar en een bereik als CSV of PDF.</translation>
    </message>
    <message>
        <source>Write the coupling letter of one household as PDF.</source>
        <translation>Schrijf de koppelingsbrief van één huishouden als PDF.</translation>
    </message>
    <message>
        <source>Write the coupling letters of every household coupled on a day.</source>
        <translation>Schrijf de koppelingsbrieven van alle huishoudens die op een dag zijn gekoppeld.</translation>
    </message>
    <message>
        <source>The letter&apos;s language: %1 (default nl). The language of the messages is set by a --lang before the command, e.g. &apos;regiedesk-cli --lang en %2 ...&apos;.</source>
        <translation>De taal van de brief: %1 (standaard nl). De taal van de meldingen stelt u in met --lang vóór de opdracht, bijv. &apos;regiedesk-cli --lang en %2 ...&apos;.</translation>
    </message>
    <message>
        <source>The letter&apos;s date, the day it is handed out (default: today).</source>
        <translation>De datum van de brief, de dag waarop die wordt uitgereikt (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Leave out the copy for the AZC location.</source>
        <translation>Laat het afschrift voor de AZC-locatie weg.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a letter language; the languages are: %2</source>
        <translation>--lang &quot;%1&quot; is geen brieftaal; de talen zijn: %2</translation>
    </message>
    <message>
        <source>Coupling letter (%1) for V-nummer %2 written to %3</source>
        <translation>Koppelingsbrief (%1) voor V-nummer %2 geschreven naar %3</translation>
    </message>
    <message>
        <source>Every household whose coupling was made on DATE (required).</source>
        <translation>Alle huishoudens waarvan de koppeling op DATE is gemaakt (verplicht).</translation>
    </message>
    <message>
        <source>All letters in this one PDF instead of --out DIR.</source>
        <translation>Alle brieven in deze ene PDF in plaats van --out DIR.</translation>
    </message>
    <message>
        <source>Only the households at the AZCs of region N (1-5).</source>
        <translation>Alleen de huishoudens in de AZC&apos;s van regio N (1-5).</translation>
    </message>
    <message>
        <source>give either --out DIR or --single-file FILE, not both</source>
        <translation>geef --out DIR of --single-file FILE, niet allebei</translation>
    </message>
    <message>
        <source> in region %1</source>
        <translation> in regio %1</translation>
    </message>
    <message>
        <source>no household has an active coupling made on %1%2; no letters written</source>
        <translation>geen huishouden heeft een actieve koppeling die op %1%2 is gemaakt; er zijn geen brieven geschreven</translation>
    </message>
    <message>
        <source>%1 of %2 households done</source>
        <translation>%1 van %2 huishoudens klaar</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n brief geschreven naar %1</numerusform>
            <numerusform>%n brieven geschreven naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>regiedesk-cli: letters: %n household(s) refused (listed above)</source>
        <translation>
            <numerusform>regiedesk-cli: letters: %n huishouden geweigerd (zie hierboven)</numerusform>
            <numerusform>regiedesk-cli: letters: %n huishoudens geweigerd (zie hierboven)</numerusform>
        </translation>
    </message>
    <message>
        <source>give at most one of --gemeente, --provincie and --region</source>
        <translation>geef hoogstens één van --gemeente, --provincie en --region</translation>
    </message>
    <message>
        <source>--provincie needs the name of a province</source>
        <translation>--provincie vraagt de naam van een provincie</translation>
    </message>
    <message>
        <source>the option --format is required (csv or pdf)</source>
        <translation>de optie --format is verplicht (csv of pdf)</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not csv or pdf</source>
        <translation>--format &quot;%1&quot; is niet csv of pdf</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Het rapport: %1.</translation>
    </message>
    <message>
        <source>The half-year (required).</source>
        <translation>Het halfjaar (verplicht).</translation>
    </message>
    <message>
        <source>Only this gemeente&apos;s own households.</source>
        <translation>Alleen de eigen huishoudens van deze gemeente.</translation>
    </message>
    <message>
        <source>Only the gemeenten of this province, e.g. Utrecht.</source>
        <translation>Alleen de gemeenten van deze provincie, bijv. Utrecht.</translation>
    </message>
    <message>
        <source>Only the gemeenten of region N (1-5). Without a scope option: the whole country.</source>
        <translation>Alleen de gemeenten van regio N (1-5). Zonder optie voor het bereik: het hele land.</translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM, &apos;;&apos;, for Excel) or pdf (default: from the extension of --out).</source>
        <translation>csv (UTF-8 met BOM, &apos;;&apos;, voor Excel) of pdf (standaard: volgens de extensie van --out).</translation>
    </message>
    <message>
        <source>The file to write (required); &apos;-&apos; writes CSV to standard output.</source>
        <translation>Het bestand dat wordt geschreven (verplicht); &apos;-&apos; schrijft CSV naar de standaarduitvoer.</translation>
    </message>
    <message>
        <source>toezicht: the tolerated backlog as a fraction of the quota (default: the setting in the store, 1/6 when not set).</source>
        <translation>toezicht: de toegestane achterstand als breuk van de taakstelling (standaard: de instelling in het gegevensbestand, 1/6 als die niet is ingesteld).</translation>
    </message>
    <message>
        <source>NAME &quot;%1&quot; is not a report; the reports are: %2</source>
        <translation>NAME &quot;%1&quot; is geen rapport; de rapporten zijn: %2</translation>
    </message>
    <message>
        <source>--out - (standard output) is for CSV only</source>
        <translation>--out - (standaarduitvoer) is alleen voor CSV</translation>
    </message>
    <message>
        <source>--tolerance &quot;%1&quot; is not a fraction such as 1/6 (at most 1)</source>
        <translation>--tolerance &quot;%1&quot; is geen breuk zoals 1/6 (hoogstens 1)</translation>
    </message>
    <message>
        <source>%1 (%2, %3) written to %4</source>
        <translation>%1 (%2, %3) geschreven naar %4</translation>
    </message>
    <message>
        <source>%1, blocked until %2</source>
        <translation>%1, geblokkeerd tot %2</translation>
    </message>
    <message>
        <source>Check every page and every reference of the store.</source>
        <translation>Controleer elke pagina en elke verwijzing in het gegevensbestand.</translation>
    </message>
    <message>
        <source>Upgrade a store of an older version (after a backup copy).</source>
        <translation>Werk een gegevensbestand van een oudere versie bij (na een reservekopie).</translation>
    </message>
    <message>
        <source>Couple a household to a gemeente or a partnership.</source>
        <translation>Koppel een huishouden aan een gemeente of een samenwerkingsverband.</translation>
    </message>
    <message>
        <source>Record a dated event of a case (BRP, vhg, offer, lease, move, uitschrijving).</source>
        <translation>Leg een gedateerde gebeurtenis van een dossier vast (BRP, vhg, woningaanbod, huurcontract, verhuizing, uitschrijving).</translation>
    </message>
    <message>
        <source>Block placement for family reunification, or decide at the block&apos;s end.</source>
        <translation>Blokkeer de plaatsing voor gezinshereniging, of besluit aan het einde van de blokkade.</translation>
    </message>
    <message>
        <source>Mark a household as zelfhuisvester (housing found itself).</source>
        <translation>Markeer een huishouden als zelfhuisvester (heeft zelf huisvesting gevonden).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no partnership: write SV:NAME or SV:ID</source>
        <translation>&quot;%1&quot; noemt geen samenwerkingsverband: schrijf SV:NAME of SV:ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gemeente code (GM and four digits) or a partnership (SV:NAME or SV:ID)</source>
        <translation>&quot;%1&quot; is geen gemeentecode (GM en vier cijfers) en geen samenwerkingsverband (SV:NAME of SV:ID)</translation>
    </message>
    <message>
        <source>no such partnership: this store has none</source>
        <translation>dit samenwerkingsverband bestaat niet: dit gegevensbestand bevat geen samenwerkingsverbanden</translation>
    </message>
    <message>
        <source>no such partnership; this store has: %1</source>
        <translation>dit samenwerkingsverband bestaat niet; dit gegevensbestand bevat: %1</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>Vervang FILE als het al bestaat.</translation>
    </message>
    <message>
        <source>A gemeente by its code, such as GM0363, or a partnership as a whole by SV:NAME (its name, in any case) or SV:ID (its number): its coordinating gemeente houses the household in a member.</source>
        <translation>Een gemeente met haar code, zoals GM0363, of een samenwerkingsverband als geheel met SV:NAME (de naam; hoofdletters maken niet uit) of SV:ID (het nummer): de coördinerende gemeente huisvest het huishouden in een van de leden.</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Waarschuwing: %1: %2</translation>
    </message>
    <message>
        <source>The PDF file to write (required); &apos;-&apos; writes it to standard output.</source>
        <translation>Het PDF-bestand dat wordt geschreven (verplicht); &apos;-&apos; schrijft het naar de standaarduitvoer.</translation>
    </message>
    <message>
        <source>Replace the --out file when it exists.</source>
        <translation>Vervang het bestand van --out als het al bestaat.</translation>
    </message>
    <message>
        <source>the letter was recorded but could not be written to standard output</source>
        <translation>de brief is vastgelegd, maar kon niet naar de standaarduitvoer worden geschreven</translation>
    </message>
    <message>
        <source>Replace letter files that exist (the --single-file FILE, or the household files in --out DIR).</source>
        <translation>Vervang briefbestanden die al bestaan (het bestand van --single-file FILE, of de bestanden per huishouden in --out DIR).</translation>
    </message>
    <message>
        <source>Of which exceptions</source>
        <translation>Waarvan uitzonderingen</translation>
    </message>
    <message>
        <source>%1: every page and every reference between rows is in order (schema version %2).</source>
        <translation>%1: elke pagina en elke verwijzing tussen rijen is in orde (schemaversie %2).</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1 is al bijgewerkt (schemaversie %2).</translation>
    </message>
    <message>
        <source>%1 upgraded to schema version %2; the file as it was is kept as %3.</source>
        <translation>%1 bijgewerkt naar schemaversie %2; het oorspronkelijke bestand is bewaard als %3.</translation>
    </message>
    <message>
        <source>The day the family may come: placement is blocked for 3 months from then.</source>
        <translation>De dag waarop het gezin mag komen: de plaatsing is vanaf dan 3 maanden geblokkeerd.</translation>
    </message>
    <message>
        <source>The decision at the end of the block: single (house the household as it is) or wait (for the family); with --date.</source>
        <translation>Het besluit aan het einde van de blokkade: single (het huishouden huisvesten zoals het is) of wait (op het gezin wachten); met --date.</translation>
    </message>
    <message>
        <source>The day of the decision (default: today).</source>
        <translation>De dag van het besluit (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Clear the decision.</source>
        <translation>Wis het besluit.</translation>
    </message>
    <message>
        <source>Clear the block (only while nothing was decided).</source>
        <translation>Wis de blokkade (alleen zolang er niets is besloten).</translation>
    </message>
    <message>
        <source>give one of --block-from DATE, --decision single|wait, --clear-decision or --clear-block</source>
        <translation>geef één van --block-from DATE, --decision single|wait, --clear-decision of --clear-block</translation>
    </message>
    <message>
        <source>--decision &quot;%1&quot; is not single or wait</source>
        <translation>--decision &quot;%1&quot; is niet single of wait</translation>
    </message>
    <message>
        <source>Reunification block of the household of V-nummer %1 cleared</source>
        <translation>Blokkade voor gezinshereniging van het huishouden van V-nummer %1 gewist</translation>
    </message>
    <message>
        <source>Placement of the household of V-nummer %1 blocked from %2 until %3 (family reunification)</source>
        <translation>Plaatsing van het huishouden van V-nummer %1 geblokkeerd van %2 tot %3 (gezinshereniging)</translation>
    </message>
    <message>
        <source>Reunification decision of the household of V-nummer %1 cleared</source>
        <translation>Besluit gezinshereniging van het huishouden van V-nummer %1 gewist</translation>
    </message>
    <message>
        <source>Reunification decision for the household of V-nummer %1: %2 (%3)</source>
        <translation>Besluit gezinshereniging voor het huishouden van V-nummer %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The day the household signed the lease of the home it found (ends phase 2).</source>
        <translation>De dag waarop het huishouden het huurcontract tekende van de woning die het zelf vond (rondt fase 2 af).</translation>
    </message>
    <message>
        <source>The household is not a zelfhuisvester after all.</source>
        <translation>Het huishouden is toch geen zelfhuisvester.</translation>
    </message>
    <message>
        <source>--undo takes no --date</source>
        <translation>--undo gaat niet samen met --date</translation>
    </message>
    <message>
        <source>The household of V-nummer %1 is no longer a zelfhuisvester</source>
        <translation>Het huishouden van V-nummer %1 is geen zelfhuisvester meer</translation>
    </message>
    <message>
        <source>The household of V-nummer %1 is a zelfhuisvester (housing found in the coupled gemeente)</source>
        <translation>Het huishouden van V-nummer %1 is zelfhuisvester (huisvesting gevonden in de gekoppelde gemeente)</translation>
    </message>
    <message>
        <source>The event: %1.</source>
        <translation>De gebeurtenis: %1.</translation>
    </message>
    <message>
        <source>The day of the event (default: today).</source>
        <translation>De dag van de gebeurtenis (standaard: vandaag).</translation>
    </message>
    <message>
        <source>uitschrijving: the gemeente that housed the household; offer: the gemeente that offered the dwelling (default: the coupled one).</source>
        <translation>uitschrijving: de gemeente die het huishouden heeft gehuisvest; offer: de gemeente die de woning heeft aangeboden (standaard: de gekoppelde gemeente).</translation>
    </message>
    <message>
        <source>A note (vhg, offer).</source>
        <translation>Een toelichting (vhg, offer).</translation>
    </message>
    <message>
        <source>Clear a date (brp, lease-signed, lease-start, move, uitschrijving).</source>
        <translation>Wis een datum (brp, lease-signed, lease-start, move, uitschrijving).</translation>
    </message>
    <message>
        <source>NAME &quot;%1&quot; is not an event; the events are: %2</source>
        <translation>NAME &quot;%1&quot; is geen gebeurtenis; de gebeurtenissen zijn: %2</translation>
    </message>
    <message>
        <source>--clear is for the dates brp, lease-signed, lease-start, move and uitschrijving</source>
        <translation>--clear is alleen voor de datums brp, lease-signed, lease-start, move en uitschrijving</translation>
    </message>
    <message>
        <source>%1 of the household of V-nummer %2 cleared</source>
        <translation>Huishouden van V-nummer %2: %1 gewist</translation>
    </message>
    <message>
        <source>%1 of the household of V-nummer %2 recorded on %3</source>
        <translation>Huishouden van V-nummer %2: %1 vastgelegd op %3</translation>
    </message>
    <message>
        <source>Set the population the province decided for a gemeente (art. 30).</source>
        <translation>Stel het inwonertal in dat de provincie voor een gemeente heeft vastgesteld (art. 30).</translation>
    </message>
    <message>
        <source>Register a refused dwelling or a no-show at signing.</source>
        <translation>Registreer een geweigerde woning of het niet verschijnen bij de ondertekening.</translation>
    </message>
    <message>
        <source>Record the COA&apos;s judgement of a household&apos;s open refusal.</source>
        <translation>Leg het oordeel van het COA over de open weigering van een huishouden vast.</translation>
    </message>
    <message>
        <source>Record the new candidate coupled for a refused dwelling.</source>
        <translation>Leg de nieuwe kandidaat vast die voor een geweigerde woning is gekoppeld.</translation>
    </message>
    <message>
        <source>Why the vg is set less than 13 weeks before its half-year, or after it began (required then).</source>
        <translation>Waarom de vg minder dan 13 weken vóór het halfjaar is vastgesteld, of nadat het is begonnen (dan verplicht).</translation>
    </message>
    <message>
        <source>%1; give the reason with --reason TEXT</source>
        <translation>%1; geef de reden met --reason TEXT</translation>
    </message>
    <message>
        <source>Warning: %1. Reason recorded: %2</source>
        <translation>Waarschuwing: %1. Vastgelegde reden: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>The gemeente, such as GM0344.</source>
        <translation>De gemeente, zoals GM0344.</translation>
    </message>
    <message>
        <source>The population the province set for it (art. 30), used instead of the CBS figure for that half-year&apos;s quota.</source>
        <translation>Het inwonertal dat de provincie ervoor heeft vastgesteld (art. 30); het vervangt het CBS-cijfer voor de taakstelling van dat halfjaar.</translation>
    </message>
    <message>
        <source>The province&apos;s decision, e.g. a merger (required).</source>
        <translation>Het besluit van de provincie, bijv. een herindeling (verplicht).</translation>
    </message>
    <message>
        <source>GM-CODE &quot;%1&quot; is not a gemeente code (GM and four digits)</source>
        <translation>GM-CODE &quot;%1&quot; is geen gemeentecode (GM en vier cijfers)</translation>
    </message>
    <message>
        <source>Population of %1 for %2 set to %3 (art. 30)</source>
        <translation>Inwonertal van %1 voor %2 vastgesteld op %3 (art. 30)</translation>
    </message>
    <message>
        <source>Taakstelling of %1 (%2) for %3: %4</source>
        <translation>Taakstelling van %1 (%2) voor %3: %4</translation>
    </message>
    <message>
        <source>Quota %1: vg %2, national population %3 (1 January %4), pipeline and coupled on %5</source>
        <translation>Taakstelling %1: vg %2, inwoners van Nederland %3 (1 januari %4), pijplijn en gekoppeld per %5</translation>
    </message>
    <message>
        <source>Pipeline (signed)</source>
        <translation>Pijplijn (getekend)</translation>
    </message>
    <message>
        <source>Coupled, not housed</source>
        <translation>Gekoppeld, niet gehuisvest</translation>
    </message>
    <message>
        <source>Mediation stopped on %1 (handbook 3.4.2): the household of V-nummer %2 refused again after an unjustified refusal; its coupling ended. Couple a new candidate for the dwelling by %3.</source>
        <translation>Bemiddeling gestopt op %1 (handreiking 3.4.2): het huishouden van V-nummer %2 weigerde opnieuw na een onterechte weigering; de koppeling is beëindigd. Koppel uiterlijk %3 een nieuwe kandidaat voor de woning.</translation>
    </message>
    <message>
        <source>Mediation continues for the household of V-nummer %1: its coupling is in force again.</source>
        <translation>De bemiddeling van het huishouden van V-nummer %1 gaat door: de koppeling is weer van kracht.</translation>
    </message>
    <message>
        <source>The date of the refusal, or of the missed signing (required).</source>
        <translation>De datum van de weigering, of van de gemiste ondertekening (verplicht).</translation>
    </message>
    <message>
        <source>What happened, in a few words (required; not in the reports).</source>
        <translation>Wat er gebeurde, in een paar woorden (verplicht; komt niet in de rapporten).</translation>
    </message>
    <message>
        <source>The holder did not come to sign the lease: that counts as a refusal too. Without it: the dwelling was refused on site.</source>
        <translation>De vergunninghouder kwam het huurcontract niet tekenen: ook dat telt als weigering. Zonder deze optie: de woning is ter plaatse geweigerd.</translation>
    </message>
    <message>
        <source>The gemeente that offered the dwelling: a member of the coupled partnership (default: the coupled gemeente).</source>
        <translation>De gemeente die de woning heeft aangeboden: een lid van het gekoppelde samenwerkingsverband (standaard: de gekoppelde gemeente).</translation>
    </message>
    <message>
        <source>Lost rent the gemeente claims for the dwelling, in euro (850 or 850,50).</source>
        <translation>Huurderving die de gemeente voor de woning claimt, in euro (850 of 850,50).</translation>
    </message>
    <message>
        <source>Refusal of %1 (%2) registered for the household of V-nummer %3, dwelling of %4; the COA judges it by %5</source>
        <translation>Weigering van %1 (%2) geregistreerd voor het huishouden van V-nummer %3, woning van %4; het COA beoordeelt die uiterlijk %5</translation>
    </message>
    <message>
        <source>The date of the judgement (required).</source>
        <translation>De datum van het oordeel (verplicht).</translation>
    </message>
    <message>
        <source>The refusal was justified: only a mandatory placement criterion justifies it.</source>
        <translation>De weigering was terecht: alleen een dwingend plaatsingscriterium maakt een weigering terecht.</translation>
    </message>
    <message>
        <source>The refusal was not justified: the household gets one more chance; the next refusal stops mediation.</source>
        <translation>De weigering was onterecht: het huishouden krijgt nog één kans; de volgende weigering stopt de bemiddeling.</translation>
    </message>
    <message>
        <source>With --justified the mandatory placement criterion, one of: %1 (required). With --unjustified: %2 (the default).</source>
        <translation>Met --justified het dwingende plaatsingscriterium, een van: %1 (verplicht). Met --unjustified: %2 (standaard).</translation>
    </message>
    <message>
        <source>give either --justified or --unjustified</source>
        <translation>geef --justified of --unjustified</translation>
    </message>
    <message>
        <source>--justified needs --reason, one of: %1</source>
        <translation>--justified vraagt --reason, een van: %1</translation>
    </message>
    <message>
        <source>the household has no refusal waiting for a judgement</source>
        <translation>het huishouden heeft geen weigering die op een oordeel wacht</translation>
    </message>
    <message>
        <source>--reason &quot;%1&quot; is not on the list for this judgement: %2</source>
        <translation>--reason &quot;%1&quot; staat niet op de lijst voor dit oordeel: %2</translation>
    </message>
    <message>
        <source>Refusal of %1 of the household of V-nummer %2 judged %3 (%4) on %5</source>
        <translation>Weigering van %1 van het huishouden van V-nummer %2 op %5 als %3 beoordeeld (%4)</translation>
    </message>
    <message>
        <source>The date a new candidate was coupled for the refused dwelling (required).</source>
        <translation>De datum waarop een nieuwe kandidaat voor de geweigerde woning is gekoppeld (verplicht).</translation>
    </message>
    <message>
        <source>the household has no refusal</source>
        <translation>het huishouden heeft geen weigering</translation>
    </message>
    <message>
        <source>New candidate coupled on %1 for the dwelling the household of V-nummer %2 refused on %3 (due by %4)</source>
        <translation>Nieuwe kandidaat op %1 gekoppeld voor de woning die het huishouden van V-nummer %2 op %3 weigerde (uiterlijk %4)</translation>
    </message>
    <message>
        <source>Late: the new candidate was due by %1 (handbook 3.4.2: within two weeks).</source>
        <translation>Te laat: de nieuwe kandidaat moest uiterlijk %1 gekoppeld zijn (handreiking 3.4.2: binnen twee weken).</translation>
    </message>
    <message>
        <source>Household of V-nummer %1 coupled to %2 on %3; its coordinator %4 (%5) houses it in a member</source>
        <translation>Huishouden van V-nummer %1 op %3 gekoppeld aan %2; de coördinator %4 (%5) huisvest het in een van de leden</translation>
    </message>
    <message>
        <source>One language for every letter: %1. Without it each household gets its letter in Dutch and, beside it, in its own language (the one recorded at intake; Dutch only when there is no template for it). The language of the messages is set by a --lang before the command, e.g. &apos;regiedesk-cli --lang en %2 ...&apos;.</source>
        <translation>Eén taal voor alle brieven: %1. Zonder deze optie krijgt elk huishouden de brief in het Nederlands en daarnaast in de eigen taal (die bij de intake is vastgelegd; alleen Nederlands als er voor die taal geen sjabloon is). De taal van de meldingen stelt u in met --lang vóór de opdracht, bijv. &apos;regiedesk-cli --lang en %2 ...&apos;.</translation>
    </message>
    <message>
        <source>no language recorded</source>
        <translation>geen taal vastgelegd</translation>
    </message>
    <message>
        <source>Note: %1: no letter template for %2; Dutch only</source>
        <translation>Let op: %1: geen briefsjabloon voor %2; alleen Nederlands</translation>
    </message>
    <message>
        <source>The folder for one PDF per household and language, koppelingsbrief-V-NUMMER-LANG.pdf; created when missing.</source>
        <translation>De map voor één PDF per huishouden en taal, koppelingsbrief-V-NUMMER-LANG.pdf; wordt aangemaakt als die ontbreekt.</translation>
    </message>
    <message>
        <source>Record changes as made by NAME (default: the login name).</source>
        <translation>Leg wijzigingen vast als gemaakt door NAME (standaard: de inlognaam).</translation>
    </message>
    <message>
        <source>List the change log: who changed what, when and why.</source>
        <translation>Toon het journaal: wie wat wanneer en waarom wijzigde.</translation>
    </message>
    <message>
        <source>Check that no entry of the change log was changed, removed, inserted or reordered.</source>
        <translation>Controleer dat geen regel van het journaal is gewijzigd, verwijderd, ingevoegd of verplaatst.</translation>
    </message>
    <message>
        <source>(migrated) %1</source>
        <translation>(overgenomen) %1</translation>
    </message>
    <message>
        <source>%1 (undoes %2)</source>
        <translation>%1 (maakt %2 ongedaan)</translation>
    </message>
    <message>
        <source>Only the entries about the household with this V-nummer.</source>
        <translation>Alleen de regels over het huishouden met dit V-nummer.</translation>
    </message>
    <message>
        <source>Only the entries from this day on.</source>
        <translation>Alleen de regels vanaf deze dag.</translation>
    </message>
    <message>
        <source>--household &quot;%1&quot; is not a V-nummer (10 digits)</source>
        <translation>--household &quot;%1&quot; is geen V-nummer (10 cijfers)</translation>
    </message>
    <message>
        <source>change log entry %1</source>
        <translation>journaalregel %1</translation>
    </message>
    <message>
        <source>%1: the change log is whole: %2 entries, head %3 (%4 of them checked against this device&apos;s copy).</source>
        <translation>%1: het journaal is compleet: %2 regels, kop %3 (%4 ervan vergeleken met de kopie op dit apparaat).</translation>
    </message>
    <message>
        <source>%1: the change log is empty.</source>
        <translation>%1: het journaal is leeg.</translation>
    </message>
    <message>
        <source>--user is empty; give a name</source>
        <translation>--user is leeg; geef een naam</translation>
    </message>
    <message>
        <source>--user &quot;%1&quot;: %2</source>
        <translation>--user &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Rank the gemeenten and partnerships of a household&apos;s region, with every factor and its weight.</source>
        <translation>Zet de gemeenten en samenwerkingsverbanden van de regio van een huishouden op volgorde, met elke factor en zijn gewicht.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Excluded because</source>
        <translation>Uitgesloten omdat</translation>
    </message>
    <message>
        <source>%1 eligible</source>
        <translation>%1 in aanmerking</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 uitgesloten</translation>
    </message>
    <message>
        <source>A member of the household.</source>
        <translation>Een lid van het huishouden.</translation>
    </message>
    <message>
        <source>Set the weights of the suggestions&apos; factors (a beheerder&apos;s setting, recorded in the change log).</source>
        <translation>Stel de gewichten van de factoren van de suggesties in (een instelling van de beheerder, vastgelegd in het wijzigingslogboek).</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; (0 to 10); unchanged when not given.</source>
        <translation>Het gewicht van &quot;%1&quot; (0 tot en met 10); ongewijzigd als het niet is gegeven.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a weight between 0 and 10</source>
        <translation>--%1 &quot;%2&quot; is geen gewicht tussen 0 en 10</translation>
    </message>
    <message>
        <source>Weights of the suggestions: %1</source>
        <translation>Gewichten van de suggesties: %1</translation>
    </message>
    <message>
        <source>Propose the optimal plan for a region&apos;s waiting households, with every factor; --commit couples it.</source>
        <translation>Het optimale plan voorstellen voor de wachtende huishoudens van een regio, met elke factor; --commit koppelt het.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a V-nummer (ten digits)</source>
        <translation>&quot;%1&quot; is geen V-nummer (tien cijfers)</translation>
    </message>
    <message>
        <source>the file names no household</source>
        <translation>het bestand noemt geen huishouden</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>%1 of %2 households placed</source>
        <translation>%1 van %2 huishoudens geplaatst</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <source>Objective %1, bound %2, gap 0: proven optimal</source>
        <translation>Doelwaarde %1, grens %2, gap 0: bewezen optimaal</translation>
    </message>
    <message>
        <source>Objective %1, bound %2, gap %3: not proven optimal within the time limit</source>
        <translation>Doelwaarde %1, grens %2, gap %3: niet bewezen optimaal binnen de tijdslimiet</translation>
    </message>
    <message>
        <source>Greedy (queue order, each to its best target with room): objective %1, %2 households placed; spread of the backlogs %3 against %4</source>
        <translation>Gretig (in volgorde van de wachtrij, elk naar het beste doel met ruimte): doelwaarde %1, %2 huishoudens geplaatst; spreiding van de achterstanden %3 tegen %4</translation>
    </message>
    <message>
        <source>The COA region (1-5) (required).</source>
        <translation>De COA-regio (1-5) (verplicht).</translation>
    </message>
    <message>
        <source>Plan only these households: a file with one V-nummer per line, or a CSV file with a column v_nummer (default: every household waiting in the region).</source>
        <translation>Alleen deze huishoudens plannen: een bestand met één V-nummer per regel, of een CSV-bestand met een kolom v_nummer (standaard: elk wachtend huishouden van de regio).</translation>
    </message>
    <message>
        <source>Write the plan to this file instead of standard output.</source>
        <translation>Het plan naar dit bestand schrijven in plaats van naar de standaarduitvoer.</translation>
    </message>
    <message>
        <source>Couple every placed household as the plan proposes, through the same checks as couple, as one step (needs --reason).</source>
        <translation>Elk geplaatst huishouden koppelen zoals het plan voorstelt, met dezelfde controles als couple, als één stap (vraagt --reason).</translation>
    </message>
    <message>
        <source>Why (required with --commit; kept in the history).</source>
        <translation>Waarom (verplicht bij --commit; bewaard in de geschiedenis).</translation>
    </message>
    <message>
        <source>--reason is for --commit</source>
        <translation>--reason hoort bij --commit</translation>
    </message>
    <message>
        <source>Plan written to %1</source>
        <translation>Plan geschreven naar %1</translation>
    </message>
    <message>
        <source>the plan places no household</source>
        <translation>het plan plaatst geen huishouden</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) coupled from the plan</source>
        <translation>
            <numerusform>%n huishouden gekoppeld uit het plan</numerusform>
            <numerusform>%n huishoudens gekoppeld uit het plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Install or upgrade the team server&apos;s schema (server init).</source>
        <translation>Het schema van de teamserver installeren of bijwerken (server init).</translation>
    </message>
    <message>
        <source>Join this store to a team server as an account (--user).</source>
        <translation>Dit gegevensbestand aansluiten op een teamserver met een account (--user).</translation>
    </message>
    <message>
        <source>Send this store&apos;s changes to the team server, then receive the others&apos;.</source>
        <translation>De wijzigingen van dit gegevensbestand naar de teamserver sturen en daarna die van de anderen ontvangen.</translation>
    </message>
    <message>
        <source>List this store&apos;s changes the team server refused as conflicts.</source>
        <translation>De wijzigingen van dit gegevensbestand tonen die de teamserver als conflict weigerde.</translation>
    </message>
    <message>
        <source>Resolve a conflict: keep the server&apos;s version or make mine again on top of it.</source>
        <translation>Een conflict oplossen: de versie van de server houden of de mijne opnieuw daarop maken.</translation>
    </message>
    <message>
        <source>Password for %1 at the server: </source>
        <translation>Wachtwoord van %1 op de server: </translation>
    </message>
    <message>
        <source>The server, as postgresql://user@host:port/database (no password: it comes from a prompt or REGIEDESK_PASSWORD).</source>
        <translation>De server, als postgresql://gebruiker@host:poort/database (zonder wachtwoord: dat komt van een vraag of uit REGIEDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>%1: the server&apos;s schema is up to date (version %2).</source>
        <translation>%1: het schema van de server is bijgewerkt (versie %2).</translation>
    </message>
    <message>
        <source>%1: schema version %2 installed (was %3): %4.</source>
        <translation>%1: schemaversie %2 geïnstalleerd (was %3): %4.</translation>
    </message>
    <message>
        <source>The team server, as postgresql://host:port/database (no password).</source>
        <translation>De teamserver, als postgresql://host:poort/database (zonder wachtwoord).</translation>
    </message>
    <message>
        <source>--user NAME is missing: the account at the server</source>
        <translation>--user NAAM ontbreekt: het account op de server</translation>
    </message>
    <message>
        <source>was not joined</source>
        <translation>is niet aangesloten</translation>
    </message>
    <message>
        <source>%1 is joined to %2 as %3 (device %4); changes from entry %5 on are sent by sync.</source>
        <translation>%1 is aangesloten op %2 als %3 (apparaat %4); wijzigingen vanaf regel %5 stuurt sync.</translation>
    </message>
    <message>
        <source>sent: %1 applied, %2 conflict, %3 no-op; received: %4</source>
        <translation>verstuurd: %1 toegepast, %2 conflict, %3 zonder effect; ontvangen: %4</translation>
    </message>
    <message>
        <source>%1 received changes could not be made on this store; they are listed with the conflicts.</source>
        <translation>%1 ontvangen wijzigingen konden in dit gegevensbestand niet worden gemaakt; ze staan bij de conflicten.</translation>
    </message>
    <message>
        <source>See the conflicts with: regiedesk-cli conflicts</source>
        <translation>Bekijk de conflicten met: regiedesk-cli conflicts</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <source>The conflict as `conflicts` lists it: an entry&apos;s number, or S and a server number.</source>
        <translation>Het conflict zoals `conflicts` het toont: het nummer van een regel, of S en een servernummer.</translation>
    </message>
    <message>
        <source>server: keep the server&apos;s version; mine: make my change again on top of it, as a new change.</source>
        <translation>server: de versie van de server houden; mine: mijn wijziging opnieuw daarop maken, als nieuwe wijziging.</translation>
    </message>
    <message>
        <source>--take &quot;%1&quot;: give server or mine</source>
        <translation>--take &quot;%1&quot;: geef server of mine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict&apos;s number (a number, or S and a number)</source>
        <translation>&quot;%1&quot; is geen nummer van een conflict (een getal, of S en een getal)</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Conflict %1 opgelost.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nieuw wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>the new password comes from a prompt (at a terminal) or REGIEDESK_NEW_PASSWORD</source>
        <translation>het nieuwe wachtwoord komt uit een vraag (in een terminal) of uit REGIEDESK_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Nogmaals hetzelfde: </translation>
    </message>
    <message>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing changed</source>
        <translation>de twee wachtwoorden verschillen; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>No local accounts: this store is joined to a team server and works as %1, %2.</source>
        <translation>Geen lokale accounts: dit gegevensbestand is aangesloten op een teamserver en werkt als %1, %2.</translation>
    </message>
    <message>
        <source>No local accounts: the store has a single local user, who may do everything. Add a beheerder first (accounts add NAME --role beheerder).</source>
        <translation>Geen lokale accounts: het gegevensbestand heeft één lokale gebruiker, die alles mag. Voeg eerst een beheerder toe (accounts add NAAM --role beheerder).</translation>
    </message>
    <message>
        <source>add: the role: beheerder, regievoerder, programmabegeleider, gemeente or provincie.</source>
        <translation>add: de rol: beheerder, regievoerder, programmabegeleider, gemeente of provincie.</translation>
    </message>
    <message>
        <source>add: a regievoerder&apos;s region (1 to 5).</source>
        <translation>add: de regio van een regievoerder (1 tot en met 5).</translation>
    </message>
    <message>
        <source>add: a programmabegeleider&apos;s AZC location, by name.</source>
        <translation>add: de AZC-locatie van een programmabegeleider, bij naam.</translation>
    </message>
    <message>
        <source>add: a gemeente account&apos;s gemeente, by code (GM0000).</source>
        <translation>add: de gemeente van een gemeenteaccount, als code (GM0000).</translation>
    </message>
    <message>
        <source>add: a provincie account&apos;s province.</source>
        <translation>add: de provincie van een provincieaccount.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; the actions are list, add, password and remove</source>
        <translation>onbekende actie &apos;%1&apos;; de acties zijn list, add, password en remove</translation>
    </message>
    <message>
        <source>%1 takes the account&apos;s name</source>
        <translation>%1 krijgt de naam van het account</translation>
    </message>
    <message>
        <source>list takes no name</source>
        <translation>list krijgt geen naam</translation>
    </message>
    <message>
        <source>Account %1 made: %2.</source>
        <translation>Account %1 aangemaakt: %2.</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>Wachtwoord van %1 ingesteld.</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Account %1 verwijderd.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>%1 (this store has accounts: give --user NAME, and the password at the prompt or in REGIEDESK_PASSWORD)</source>
        <translation>%1 (dit gegevensbestand heeft accounts: geef --user NAAM, en het wachtwoord bij de vraag of in REGIEDESK_PASSWORD)</translation>
    </message>
    <message>
        <source>List, add or remove the local accounts, or set a password (a beheerder&apos;s task).</source>
        <translation>De lokale accounts tonen, toevoegen of verwijderen, of een wachtwoord instellen (taak van een beheerder).</translation>
    </message>
    <message>
        <source>No accounts on the server.</source>
        <translation>Geen accounts op de server.</translation>
    </message>
    <message>
        <source>Account %1 can no longer sign in at the server (what it sent stays, as history).</source>
        <translation>Account %1 kan zich niet meer aanmelden bij de server (wat het stuurde blijft bewaard, als geschiedenis).</translation>
    </message>
    <message>
        <source>Account %1 made at the server: %2.</source>
        <translation>Account %1 aangemaakt op de server: %2.</translation>
    </message>
    <message>
        <source>Password of %1 set at the server.</source>
        <translation>Wachtwoord van %1 ingesteld op de server.</translation>
    </message>
    <message>
        <source>init: install the team server&apos;s schema on an empty database, or upgrade it to this program&apos;s version. account list | add NAME | password NAME | remove NAME: the server&apos;s accounts (as the database&apos;s owner; a new password from a prompt or REGIEDESK_NEW_PASSWORD, never sent in clear).</source>
        <translation>init: het schema van de teamserver installeren in een lege database, of bijwerken naar de versie van dit programma. account list | add NAAM | password NAAM | remove NAAM: de accounts van de server (als eigenaar van de database; een nieuw wachtwoord uit een vraag of REGIEDESK_NEW_PASSWORD, nooit leesbaar verstuurd).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action; give init, account list, account add NAME, account password NAME or account remove NAME</source>
        <translation>&apos;%1&apos; is geen actie; geef init, account list, account add NAAM, account password NAAM of account remove NAAM</translation>
    </message>
    <message>
        <source>province figures published: %1 reports</source>
        <translation>provinciecijfers gepubliceerd: %1 rapporten</translation>
    </message>
    <message>
        <source>province figures received: %1 reports</source>
        <translation>provinciecijfers ontvangen: %1 rapporten</translation>
    </message>
    <message>
        <source>%1 published reports could not be read by this version of Regiedesk; the ones received before are kept.</source>
        <translation>%1 gepubliceerde rapporten konden door deze versie van Regiedesk niet gelezen worden; de eerder ontvangen blijven staan.</translation>
    </message>
    <message>
        <source>province figures not published or received this time: %1</source>
        <translation>provinciecijfers deze keer niet gepubliceerd of ontvangen: %1</translation>
    </message>
    <message>
        <source>list; add NAME; password NAME; remove NAME. A store with accounts asks who you are (--user, the password from a prompt or REGIEDESK_PASSWORD); only a beheerder changes them, and every account its own password.</source>
        <translation>list; add NAAM; password NAAM; remove NAAM. Een gegevensbestand met accounts vraagt wie u bent (--user, het wachtwoord uit een vraag of REGIEDESK_PASSWORD); alleen een beheerder wijzigt ze, en elk account zijn eigen wachtwoord.</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n gemeente(n))</source>
        <translation>
            <numerusform>Totaal (%n gemeente)</numerusform>
            <numerusform>Totaal (%n gemeenten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactControle</name>
    <message>
        <source>holds &quot;%1&quot; at character %2; a telephone number holds digits, spaces, hyphens and a &quot;+&quot; at the start</source>
        <translation>bevat &quot;%1&quot; op positie %2; een telefoonnummer bevat cijfers, spaties, streepjes en een &quot;+&quot; aan het begin</translation>
    </message>
    <message>
        <source>has %1 digits; a telephone number has 5 to 15 digits</source>
        <translation>heeft %1 cijfers; een telefoonnummer heeft 5 tot en met 15 cijfers</translation>
    </message>
    <message>
        <source>is not an e-mail address of the form name@domain.nl</source>
        <translation>is geen e-mailadres in de vorm naam@domein.nl</translation>
    </message>
</context>
<context>
    <name>ControleCode</name>
    <message>
        <source>placement criterion tied to another gemeente</source>
        <translation>plaatsingscriterium bindt aan een andere gemeente</translation>
    </message>
    <message>
        <source>family reunification block</source>
        <translation>blokkade gezinshereniging</translation>
    </message>
    <message>
        <source>gemeente outside the AZC&apos;s region</source>
        <translation>gemeente buiten de regio van het AZC</translation>
    </message>
    <message>
        <source>more than 8 persons</source>
        <translation>meer dan 8 personen</translation>
    </message>
    <message>
        <source>gemeente ahead while others are behind</source>
        <translation>gemeente met voorsprong terwijl andere achterstand hebben</translation>
    </message>
    <message>
        <source>housing profile does not fit</source>
        <translation>woningprofiel past niet</translation>
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
        <translation>Specialistische behandeling, niet verplaatsbaar</translation>
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
        <source>a quoted field is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>een veld tussen aanhalingstekens is niet afgesloten (er ontbreekt een &apos;&quot;&apos;)</translation>
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
    <message>
        <source>%1 line %2, column %3</source>
        <translation>%1 regel %2, kolom %3</translation>
    </message>
    <message>
        <source>the field is longer than %1 characters</source>
        <translation>het veld is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; inside a field that does not start with one; put quotes around the whole field and double the quotes inside it</source>
        <translation>een &apos;&quot;&apos; in een veld dat er niet mee begint; zet aanhalingstekens om het hele veld en verdubbel de aanhalingstekens erin</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Demo data: %n household(s), seed %1</source>
        <translation>
            <numerusform>Demogegevens: %n huishouden, seed %1</numerusform>
            <numerusform>Demogegevens: %n huishoudens, seed %1</numerusform>
        </translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>demo data is not taken back: start a new store</source>
        <translation>demogegevens worden niet teruggenomen: begin een nieuw gegevensbestand</translation>
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
    <message>
        <source>Mediation stopped</source>
        <translation>Bemiddeling gestopt</translation>
    </message>
</context>
<context>
    <name>FaseStatistiek</name>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>the period needs a start on or before its end</source>
        <translation>het begin van de periode moet op of vóór het einde liggen</translation>
    </message>
</context>
<context>
    <name>Gebeurtenis</name>
    <message>
        <source>Permit</source>
        <translation>Vergunning</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Huisvestinggesprek</translation>
    </message>
    <message>
        <source>BRP registration</source>
        <translation>Inschrijving BRP</translation>
    </message>
    <message>
        <source>Coupling letter handed out</source>
        <translation>Koppelingsbrief uitgereikt</translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Gemeente notified of the coupling</source>
        <translation>Gemeente geïnformeerd over de koppeling</translation>
    </message>
    <message>
        <source>Gemeente notified: profile complete</source>
        <translation>Gemeente geïnformeerd: profiel compleet</translation>
    </message>
    <message>
        <source>Dwelling offered</source>
        <translation>Woning aangeboden</translation>
    </message>
    <message>
        <source>Dwelling refused</source>
        <translation>Woning geweigerd</translation>
    </message>
    <message>
        <source>Lease signed</source>
        <translation>Huurcontract getekend</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>Ingang huurcontract</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verhuizing</translation>
    </message>
    <message>
        <source>Uitschrijving (B12)</source>
        <translation>Uitschrijving (B12)</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Notitie gewijzigd</translation>
    </message>
</context>
<context>
    <name>GemeenteCommand</name>
    <message>
        <source>Edit the profile of %1</source>
        <translation>Profiel van %1 wijzigen</translation>
    </message>
    <message>
        <source>%1 joins a partnership</source>
        <translation>%1 treedt toe tot een samenwerkingsverband</translation>
    </message>
    <message>
        <source>%1 leaves a partnership</source>
        <translation>%1 verlaat een samenwerkingsverband</translation>
    </message>
</context>
<context>
    <name>GemeenteService</name>
    <message>
        <source>unknown gemeente %1</source>
        <translation>onbekende gemeente %1</translation>
    </message>
    <message>
        <source>unknown partnership %1</source>
        <translation>onbekend samenwerkingsverband %1</translation>
    </message>
    <message>
        <source>unknown housing profile code &quot;%1&quot;; known are: %2</source>
        <translation>onbekende code voor het woningprofiel &quot;%1&quot;; bekend zijn: %2</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>moet één regel zijn</translation>
    </message>
    <message>
        <source>at most %1 characters (now %2)</source>
        <translation>hoogstens %1 tekens (nu %2)</translation>
    </message>
    <message>
        <source>%1 is already a member of %2</source>
        <translation>%1 is al lid van %2</translation>
    </message>
    <message>
        <source>%1 lies in region %2, but the coordinator of %3, %4, in region %5</source>
        <translation>%1 ligt in regio %2, maar de coördinator van %3, %4, in regio %5</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 is geen lid van %2</translation>
    </message>
    <message>
        <source>%1 coordinates %2 and cannot leave it</source>
        <translation>%1 is coördinator van %2 en kan niet uittreden</translation>
    </message>
    <message>
        <source>%1 cannot leave %2: a partnership needs two or more gemeenten</source>
        <translation>%1 kan niet uittreden uit %2: een samenwerkingsverband vraagt twee of meer gemeenten</translation>
    </message>
</context>
<context>
    <name>GewichtenCommand</name>
    <message>
        <source>Weights of the suggestions</source>
        <translation>Gewichten van de suggesties</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Gewichten: %1</translation>
    </message>
</context>
<context>
    <name>Gezinshereniging</name>
    <message>
        <source>House the household as it is</source>
        <translation>Het huishouden huisvesten zoals het is</translation>
    </message>
    <message>
        <source>Wait for the family</source>
        <translation>Wachten op het gezin</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nog geen besluit</translation>
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
        <source>the household has no family reunification date; nothing to decide</source>
        <translation>het huishouden heeft geen datum voor gezinshereniging; er valt niets te besluiten</translation>
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
        <source>the decision is taken when the block ends on %1, not on %2</source>
        <translation>het besluit valt wanneer de blokkade afloopt op %1, niet op %2</translation>
    </message>
    <message>
        <source>a household cannot join itself</source>
        <translation>een huishouden kan zich niet bij zichzelf aansluiten</translation>
    </message>
    <message>
        <source>household %1 itself joins household %2; link to that one</source>
        <translation>huishouden %1 sluit zelf aan bij huishouden %2; verwijs naar dat huishouden</translation>
    </message>
    <message>
        <source>other households join this one; it cannot join another</source>
        <translation>andere huishoudens sluiten bij dit huishouden aan; het kan zich niet bij een ander aansluiten</translation>
    </message>
    <message>
        <source>the household has already moved</source>
        <translation>het huishouden is al verhuisd</translation>
    </message>
    <message>
        <source>a decision was taken at the end of the block; clear the decision first</source>
        <translation>aan het einde van de blokkade is een besluit genomen; wis eerst het besluit</translation>
    </message>
    <message>
        <source>%1 lies before the permit of %2</source>
        <translation>%1 ligt vóór de vergunning van %2</translation>
    </message>
</context>
<context>
    <name>GrafiekExport</name>
    <message>
        <source>there is no chart to export</source>
        <translation>er is geen grafiek om te exporteren</translation>
    </message>
    <message>
        <source>the image could not be made</source>
        <translation>de afbeelding kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>de grafiek kon niet worden getekend</translation>
    </message>
</context>
<context>
    <name>HerenigingCommand</name>
    <message>
        <source>Clear the reunification decision</source>
        <translation>Besluit gezinshereniging wissen</translation>
    </message>
    <message>
        <source>Reunification decision: %1</source>
        <translation>Besluit gezinshereniging: %1</translation>
    </message>
</context>
<context>
    <name>HerenigingVanafCommand</name>
    <message>
        <source>Block placement for family reunification from %1</source>
        <translation>Plaatsing blokkeren voor gezinshereniging vanaf %1</translation>
    </message>
    <message>
        <source>Clear the reunification block</source>
        <translation>Blokkade voor gezinshereniging opheffen</translation>
    </message>
</context>
<context>
    <name>Herhaling</name>
    <message>
        <source>change log entry %1</source>
        <translation>regel %1 van het wijzigingslogboek</translation>
    </message>
    <message>
        <source>it names entry %1, which was not replayed</source>
        <translation>die noemt regel %1, die niet is herhaald</translation>
    </message>
    <message>
        <source>type %1 cannot be replayed</source>
        <translation>soort %1 kan niet worden herhaald</translation>
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
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>de verplichte kolom &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>the household key (the reference person&apos;s V-number) is empty</source>
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
        <source>&quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1 (yes) or 0 (no)</source>
        <translation>&quot;%1&quot; moet 1 (ja) of 0 (nee) zijn</translation>
    </message>
    <message>
        <source>gemeente %1 is not known in this store</source>
        <translation>gemeente %1 is niet bekend in dit gegevensbestand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (regulier, hervestiging, b9 or amv)</source>
        <translation>&quot;%1&quot; is geen categorie (regulier, hervestiging, b9 of amv)</translation>
    </message>
    <message>
        <source>AZC location &quot;%1&quot; is not known in this store</source>
        <translation>AZC-locatie &quot;%1&quot; is niet bekend in dit gegevensbestand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>&quot;%1&quot; is geen geheel getal van nul of meer</translation>
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
        <source>the criterion must start with familie, behandeling, opleiding or werk</source>
        <translation>het criterium moet beginnen met familie, behandeling, opleiding of werk</translation>
    </message>
</context>
<context>
    <name>HuishoudenJson</name>
    <message>
        <source>missing or not readable</source>
        <translation>ontbreekt of is niet leesbaar</translation>
    </message>
    <message>
        <source>AZC %1 is not in this store&apos;s reference data</source>
        <translation>AZC %1 staat niet in de referentiegegevens van dit gegevensbestand</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>onbekende categorie</translation>
    </message>
    <message>
        <source>unknown criterion</source>
        <translation>onbekend criterium</translation>
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
    <message>
        <source>the note cannot be stored: %1</source>
        <translation>de notitie kan niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>HuishoudenStatus</name>
    <message>
        <source>1 day left</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>nog %1 dagen</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vervalt vandaag</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>phase 1: coupling (reunification block until %1)</source>
        <translation>fase 1: koppeling (gezinsherenigingsblokkade tot %1)</translation>
    </message>
    <message>
        <source>phase 1: coupling (%1)</source>
        <translation>fase 1: koppeling (%1)</translation>
    </message>
    <message>
        <source>phase 3: moving (%1)</source>
        <translation>fase 3: verhuizing (%1)</translation>
    </message>
    <message>
        <source>phase 2: finding a dwelling (%1)</source>
        <translation>fase 2: woning zoeken (%1)</translation>
    </message>
    <message>
        <source>housed (found a home itself)</source>
        <translation>gehuisvest (zelf woning gevonden)</translation>
    </message>
    <message>
        <source>housed</source>
        <translation>gehuisvest</translation>
    </message>
    <message>
        <source>housed in %1 (found a home itself)</source>
        <translation>gehuisvest in %1 (zelf woning gevonden)</translation>
    </message>
    <message>
        <source>housed in %1</source>
        <translation>gehuisvest in %1</translation>
    </message>
    <message>
        <source>mediation stopped on %1</source>
        <translation>bemiddeling gestopt op %1</translation>
    </message>
    <message>
        <source>V %1</source>
        <translation>V %1</translation>
    </message>
    <message>
        <source>coupled to %1</source>
        <translation>gekoppeld aan %1</translation>
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
        <source>&quot;%1&quot; is not a gemeente code (GM and four digits)</source>
        <translation>&quot;%1&quot; is geen gemeentecode (GM en vier cijfers)</translation>
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
        <source>the criterion &quot;%1&quot; is given twice</source>
        <translation>het criterium &quot;%1&quot; is twee keer opgegeven</translation>
    </message>
    <message>
        <source>a placement criterion must name the gemeente or place it ties the household to</source>
        <translation>een plaatsingscriterium moet de gemeente of plaats noemen waaraan het het huishouden bindt</translation>
    </message>
    <message>
        <source>the reference person holds the permit, so cannot be born after the permit date %1</source>
        <translation>de referent heeft de vergunning en kan dus niet na de vergunningdatum %1 geboren zijn</translation>
    </message>
    <message>
        <source>at most %1 languages can be listed</source>
        <translation>er kunnen hoogstens %1 talen worden opgegeven</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import households from %1</source>
        <translation>Huishoudens importeren uit %1</translation>
    </message>
    <message>
        <source>Import the population of %1 from %2</source>
        <translation>Inwonertallen van %1 importeren uit %2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported from %1</source>
        <translation>
            <numerusform>%n huishouden geïmporteerd uit %1</numerusform>
            <numerusform>%n huishoudens geïmporteerd uit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Population of %1 imported for %n gemeente(s)</source>
        <translation>
            <numerusform>Inwonertallen van %1 geïmporteerd voor %n gemeente</numerusform>
            <numerusform>Inwonertallen van %1 geïmporteerd voor %n gemeenten</numerusform>
        </translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>an import is not taken back by undo: restore the backup copy or start a new store</source>
        <translation>een import wordt niet met ongedaan maken teruggenomen: zet de reservekopie terug of begin een nieuw gegevensbestand</translation>
    </message>
</context>
<context>
    <name>Instellingen</name>
    <message>
        <source>setting</source>
        <translation>instelling</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>heeft geen naam</translation>
    </message>
    <message>
        <source>the regievoerder&apos;s name is required</source>
        <translation>de naam van de regievoerder is verplicht</translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address</source>
        <translation>geef een telefoonnummer of een e-mailadres</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>is geen e-mailadres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fraction such as 1/6</source>
        <translation>&quot;%1&quot; is geen breuk zoals 1/6</translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1, such as 1/6</source>
        <translation>moet een breuk tussen 0 en 1 zijn, zoals 1/6</translation>
    </message>
    <message>
        <source>azc</source>
        <translation>azc</translation>
    </message>
    <message>
        <source>no AZC location with number %1</source>
        <translation>geen AZC-locatie met nummer %1</translation>
    </message>
</context>
<context>
    <name>IntakeCommand</name>
    <message>
        <source>New household</source>
        <translation>Nieuw huishouden</translation>
    </message>
    <message>
        <source>Save the intake data</source>
        <translation>Intakegegevens opslaan</translation>
    </message>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>a new household is added only once</source>
        <translation>een nieuw huishouden wordt maar één keer toegevoegd</translation>
    </message>
    <message>
        <source>a new household is not taken back by undo</source>
        <translation>een nieuw huishouden wordt niet met ongedaan maken teruggenomen</translation>
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
        <source>&quot;%1&quot; is not a gemeente code (GM and four digits)</source>
        <translation>&quot;%1&quot; is geen gemeentecode (GM en vier cijfers)</translation>
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
        <source>holds no gemeente rows</source>
        <translation>bevat geen regels met gemeenten</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has no population for %n gemeente(s) of this store: %1; every gemeente needs one for its quota</source>
        <translation>
            <numerusform>heeft geen inwonertal voor %n gemeente van dit gegevensbestand: %1; elke gemeente heeft er een nodig voor haar taakstelling</numerusform>
            <numerusform>heeft geen inwonertal voor %n gemeenten van dit gegevensbestand: %1; elke gemeente heeft er een nodig voor haar taakstelling</numerusform>
        </translation>
    </message>
    <message>
        <source>the population &quot;%1&quot; of %2 is not a whole number of one or more (digits only, no separators)</source>
        <translation>het inwonertal &quot;%1&quot; van %2 is geen geheel getal van één of meer (alleen cijfers, geen scheidingstekens)</translation>
    </message>
    <message>
        <source>the population %1 of %2 must be at least 1 and at most %3</source>
        <translation>het inwonertal %1 van %2 moet minstens 1 en hoogstens %3 zijn</translation>
    </message>
</context>
<context>
    <name>Journaal</name>
    <message>
        <source>change log</source>
        <translation>journaal</translation>
    </message>
    <message>
        <source>an entry is only written inside its change&apos;s transaction</source>
        <translation>een regel wordt alleen geschreven binnen de transactie van zijn wijziging</translation>
    </message>
    <message>
        <source>an entry needs a type</source>
        <translation>een regel heeft een soort nodig</translation>
    </message>
    <message>
        <source>an entry is missing before this one</source>
        <translation>vóór deze regel ontbreekt een regel</translation>
    </message>
    <message>
        <source>the entries are out of order</source>
        <translation>de regels staan niet op volgorde</translation>
    </message>
    <message>
        <source>the entry does not follow the one before it (an entry before it was removed, inserted or changed)</source>
        <translation>de regel sluit niet aan op de regel ervoor (een regel ervoor is verwijderd, ingevoegd of gewijzigd)</translation>
    </message>
    <message>
        <source>the entry was changed after it was written (its hash does not match its contents)</source>
        <translation>de regel is gewijzigd nadat hij geschreven is (zijn hash past niet bij de inhoud)</translation>
    </message>
    <message>
        <source>this device wrote this entry, but it is no longer in the log (the log was cut off)</source>
        <translation>dit apparaat schreef deze regel, maar hij staat niet meer in het journaal (het journaal is ingekort)</translation>
    </message>
    <message>
        <source>this device wrote this entry with another hash (the log was rewritten from here on)</source>
        <translation>dit apparaat schreef deze regel met een andere hash (het journaal is vanaf hier herschreven)</translation>
    </message>
    <message>
        <source>change log empty</source>
        <translation>journaal leeg</translation>
    </message>
    <message>
        <source>change log %1 · %2</source>
        <translation>journaal %1 · %2</translation>
    </message>
</context>
<context>
    <name>JournaalGetuige</name>
    <message>
        <source>the folder cannot be made</source>
        <translation>de map kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>kan niet worden geschreven</translation>
    </message>
    <message>
        <source>change log witness</source>
        <translation>journaalkopie</translation>
    </message>
    <message>
        <source>the store has no valid id</source>
        <translation>het gegevensbestand heeft geen geldige id</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan niet worden gelezen</translation>
    </message>
    <message>
        <source>is not a line of a change log witness (&quot;seq hash&quot;)</source>
        <translation>is geen regel van een journaalkopie (&quot;seq hash&quot;)</translation>
    </message>
</context>
<context>
    <name>JournaalSoort</name>
    <message>
        <source>Coupling</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Plan coupled</source>
        <translation>Plan gekoppeld</translation>
    </message>
    <message>
        <source>Uncoupling</source>
        <translation>Ontkoppeling</translation>
    </message>
    <message>
        <source>Timeline date</source>
        <translation>Datum in de tijdlijn</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Gebeurtenis in de tijdlijn</translation>
    </message>
    <message>
        <source>Self-housed (zelfhuisvester)</source>
        <translation>Zelfhuisvester</translation>
    </message>
    <message>
        <source>Family reunification decision</source>
        <translation>Besluit gezinshereniging</translation>
    </message>
    <message>
        <source>Family reunification block</source>
        <translation>Blokkade gezinshereniging</translation>
    </message>
    <message>
        <source>Joins another household</source>
        <translation>Voegt zich bij een ander huishouden</translation>
    </message>
    <message>
        <source>Refused dwelling</source>
        <translation>Geweigerde woning</translation>
    </message>
    <message>
        <source>Coupling letter</source>
        <translation>Koppelingsbrief</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Shift of quota (herverdeling)</source>
        <translation>Herverdeling</translation>
    </message>
    <message>
        <source>Municipality&apos;s profile</source>
        <translation>Profiel van de gemeente</translation>
    </message>
    <message>
        <source>Partnership member</source>
        <translation>Lid van een samenwerkingsverband</translation>
    </message>
    <message>
        <source>Import of households</source>
        <translation>Import van huishoudens</translation>
    </message>
    <message>
        <source>Import of the population</source>
        <translation>Import van de inwonertallen</translation>
    </message>
    <message>
        <source>National number to house (vg)</source>
        <translation>Landelijk te huisvesten aantal (vg)</translation>
    </message>
    <message>
        <source>Population by art. 30</source>
        <translation>Inwonertal volgens art. 30</translation>
    </message>
    <message>
        <source>Weights of the suggestions</source>
        <translation>Gewichten van de suggesties</translation>
    </message>
    <message>
        <source>Supervision tolerance</source>
        <translation>Tolerantie van het toezicht</translation>
    </message>
    <message>
        <source>Letter sender</source>
        <translation>Afzender van de brief</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Demonstratiegegevens</translation>
    </message>
    <message>
        <source>Local account</source>
        <translation>Lokaal account</translation>
    </message>
    <message>
        <source>Own password</source>
        <translation>Eigen wachtwoord</translation>
    </message>
    <message>
        <source>Intake (household data)</source>
        <translation>Intake (gegevens van het huishouden)</translation>
    </message>
</context>
<context>
    <name>KoppelNaam</name>
    <message>
        <source>Partnership</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Partnership %1</source>
        <translation>Samenwerking %1</translation>
    </message>
    <message>
        <source>%1, member of %2</source>
        <translation>%1, lid van %2</translation>
    </message>
    <message>
        <source>%1, housed by %2</source>
        <translation>%1, gehuisvest door %2</translation>
    </message>
</context>
<context>
    <name>KoppelReeks</name>
    <message numerus="yes">
        <source>Couple %n household(s) to %1</source>
        <translation>
            <numerusform>%n huishouden koppelen aan %1</numerusform>
            <numerusform>%n huishoudens koppelen aan %1</numerusform>
        </translation>
    </message>
    <message>
        <source>undone (%1)</source>
        <translation>ongedaan gemaakt (%1)</translation>
    </message>
</context>
<context>
    <name>KoppelRegels</name>
    <message>
        <source>a household is housed for the quota only through a coupling: couple it first (only resettled refugees, B-9 permit holders and amv&apos;s count without one)</source>
        <translation>een huishouden telt alleen via een koppeling mee als gehuisvest voor de taakstelling: koppel het eerst (alleen hervestigde vluchtelingen, B9-vergunninghouders en amv&apos;s tellen zonder koppeling)</translation>
    </message>
    <message>
        <source>the household is coupled to %1 and may be housed only there (or in a member of the coupled partnership), not in %2</source>
        <translation>het huishouden is gekoppeld aan %1 en mag alleen daar worden gehuisvest (of in een lid van het gekoppelde samenwerkingsverband), niet in %2</translation>
    </message>
    <message>
        <source>a regular household registered out for its first housing counts only through a coupling, and households come in without one: import it without the uitschrijving and register it out after coupling it</source>
        <translation>een regulier huishouden dat voor de eerste huisvesting is uitgeschreven, telt alleen mee via een koppeling, en huishoudens worden zonder koppeling geïmporteerd: importeer het zonder de uitschrijving en schrijf het uit nadat het is gekoppeld</translation>
    </message>
    <message>
        <source>the intake interview (%1) may not lie after the coupling of %2, which is based on it</source>
        <translation>het huisvestinggesprek (%1) mag niet na de koppeling van %2 liggen, want die is erop gebaseerd</translation>
    </message>
    <message>
        <source>%1 lies before the coupling of %2</source>
        <translation>%1 ligt vóór de koppeling van %2</translation>
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
        <source>The mandatory placement criterion &quot;%1&quot; ties the household to %2, not to %3.</source>
        <translation>Het dwingende plaatsingscriterium &quot;%1&quot; bindt het huishouden aan %2, niet aan %3.</translation>
    </message>
    <message>
        <source>Family reunification blocks placement until %1.</source>
        <translation>Gezinshereniging blokkeert de plaatsing tot %1.</translation>
    </message>
    <message>
        <source>%1 lies in region %2, outside region %3 of the AZC %4.</source>
        <translation>%1 ligt in regio %2, buiten regio %3 van locatie %4.</translation>
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
        <translation>
            <numerusform>%1 heeft op de prognose een voorsprong van %2 personen terwijl %n andere gemeente in de regio achterloopt; de grootste achterstand: %3</numerusform>
            <numerusform>%1 heeft op de prognose een voorsprong van %2 personen terwijl %n andere gemeenten in de regio achterlopen; de grootste achterstand: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
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
    <message>
        <source>override reason</source>
        <translation>reden om te overrulen</translation>
    </message>
    <message>
        <source>%1 lies before the intake interview (huisvestinggesprek) of %2; a coupling is based on it</source>
        <translation>%1 ligt vóór het huisvestinggesprek van %2; een koppeling is daarop gebaseerd</translation>
    </message>
    <message>
        <source>an undo needs a reason</source>
        <translation>ongedaan maken vraagt een reden</translation>
    </message>
    <message>
        <source>is not in force any more, so it cannot be undone</source>
        <translation>is niet meer van kracht en kan dus niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>the household signed a lease or moved under it (%1), so it happened: uncouple it instead</source>
        <translation>het huishouden heeft onder deze koppeling een huurcontract getekend of is verhuisd (%1), dus de koppeling heeft plaatsgevonden: ontkoppel in plaats daarvan</translation>
    </message>
    <message>
        <source>was not ended, so there is nothing to undo</source>
        <translation>is niet beëindigd, dus er valt niets ongedaan te maken</translation>
    </message>
    <message>
        <source>is coupled again to %1 since %2; uncouple it first</source>
        <translation>is sinds %2 opnieuw gekoppeld aan %1; ontkoppel eerst</translation>
    </message>
    <message>
        <source>has lease or move dates of its own since it was uncoupled</source>
        <translation>heeft sinds de ontkoppeling eigen datums van huurcontract of verhuizing</translation>
    </message>
</context>
<context>
    <name>LijstExport</name>
    <message>
        <source>%1 · printed on %2 · page %3 of %4</source>
        <translation>%1 · afgedrukt op %2 · pagina %3 van %4</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Afgedrukt op %1</translation>
    </message>
    <message>
        <source>%1 · printed on %2 · %3 · page %4 of %5</source>
        <translation>%1 · afgedrukt op %2 · %3 · pagina %4 van %5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
</context>
<context>
    <name>Migration9</name>
    <message>
        <source>unknown (before the change log)</source>
        <translation>onbekend (van vóór het journaal)</translation>
    </message>
    <message>
        <source>partnership %1</source>
        <translation>samenwerkingsverband %1</translation>
    </message>
    <message>
        <source>Coupled to %1 on %2: %3</source>
        <translation>Gekoppeld aan %1 op %2: %3</translation>
    </message>
    <message>
        <source>Coupling to %1 undone: %2</source>
        <translation>Koppeling aan %1 ongedaan gemaakt: %2</translation>
    </message>
    <message>
        <source>Uncoupled from %1 on %2: %3</source>
        <translation>Ontkoppeld van %1 op %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Dwelling in %1 on %2: %3</source>
        <translation>Woning in %1 op %2: %3</translation>
    </message>
    <message>
        <source>judged %1 on %2</source>
        <translation>beoordeeld als %1 op %2</translation>
    </message>
    <message>
        <source>Coupling letter issued on %1 (%2)</source>
        <translation>Koppelingsbrief uitgereikt op %1 (%2)</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Notitie gewijzigd</translation>
    </message>
    <message>
        <source>Redistribution of %1: %2</source>
        <translation>Herverdeling van %1: %2</translation>
    </message>
</context>
<context>
    <name>OntkoppelCommand</name>
    <message>
        <source>Uncouple (%1)</source>
        <translation>Ontkoppelen (%1)</translation>
    </message>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>is not coupled</source>
        <translation>is niet gekoppeld</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>is already open</source>
        <translation>is al geopend</translation>
    </message>
    <message>
        <source>can only be written whole</source>
        <translation>kan alleen in zijn geheel worden geschreven</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>was not opened for writing</source>
        <translation>is niet geopend om te schrijven</translation>
    </message>
    <message>
        <source>cannot be written to disk: %1</source>
        <translation>kan niet naar de schijf worden geschreven: %1</translation>
    </message>
    <message>
        <source>cannot be written: no temporary file could be made beside it</source>
        <translation>kan niet worden geschreven: er kon geen tijdelijk bestand naast worden gemaakt</translation>
    </message>
    <message>
        <source>output</source>
        <translation>uitvoer</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>geen bestand opgegeven</translation>
    </message>
    <message>
        <source>is a symbolic link that leads nowhere; nothing was written</source>
        <translation>is een symbolische link die nergens heen leidt; er is niets geschreven</translation>
    </message>
    <message>
        <source>its folder does not exist; nothing was written</source>
        <translation>de map ervan bestaat niet; er is niets geschreven</translation>
    </message>
    <message>
        <source>is the open store or one of its files (-wal, -shm, -journal, a backup copy); nothing was written. Choose another file name.</source>
        <translation>is het geopende gegevensbestand of een van de bijbehorende bestanden (-wal, -shm, -journal, een reservekopie); er is niets geschreven. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>cannot be examined: %1</source>
        <translation>kan niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>is a folder; give the name of a file</source>
        <translation>is een map; geef de naam van een bestand</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket); nothing was written to it</source>
        <translation>is geen gewoon bestand (een apparaat, een pipe of een socket); er is niets naartoe geschreven</translation>
    </message>
    <message>
        <source>is an SQLite database; an export never replaces a database</source>
        <translation>is een SQLite-database; een export vervangt nooit een database</translation>
    </message>
    <message>
        <source>exists; give --force to replace it</source>
        <translation>bestaat al; geef --force om het te vervangen</translation>
    </message>
    <message>
        <source>changed while it was being written (it now leads elsewhere); nothing was replaced</source>
        <translation>is tijdens het schrijven veranderd (het leidt nu ergens anders heen); er is niets vervangen</translation>
    </message>
    <message>
        <source>cannot be flushed to disk: %1</source>
        <translation>kan niet definitief naar de schijf worden geschreven: %1</translation>
    </message>
    <message>
        <source>no folder given</source>
        <translation>geen map opgegeven</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>is geen map</translation>
    </message>
    <message>
        <source>the folder cannot be created: %1</source>
        <translation>de map kan niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>PaginaSchrijver</name>
    <message>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>de printer of het bestand kon niet worden geopend om te schrijven</translation>
    </message>
    <message>
        <source>no new page could be started</source>
        <translation>er kon geen nieuwe pagina worden begonnen</translation>
    </message>
    <message>
        <source>the pages could not be finished</source>
        <translation>de pagina&apos;s konden niet worden afgerond</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>the solver found no solution</source>
        <translation>de solver vond geen oplossing</translation>
    </message>
    <message numerus="yes">
        <source>no eligible target has room left for %n person(s)</source>
        <translation>
            <numerusform>geen geschikt doel heeft nog ruimte voor %n persoon</numerusform>
            <numerusform>geen geschikt doel heeft nog ruimte voor %n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan&apos;s model has no solution</source>
        <translation>het model van het plan heeft geen oplossing</translation>
    </message>
    <message>
        <source>left out of the plan by hand</source>
        <translation>met de hand buiten het plan gelaten</translation>
    </message>
    <message>
        <source>the household cannot be pinned to %1: %2</source>
        <translation>het huishouden kan niet worden vastgezet op %1: %2</translation>
    </message>
    <message>
        <source>no such target in the plan</source>
        <translation>dit doel staat niet in het plan</translation>
    </message>
    <message>
        <source>it is not eligible there</source>
        <translation>het komt daar niet in aanmerking</translation>
    </message>
    <message>
        <source>a pinned household is not in the plan</source>
        <translation>een vastgezet huishouden staat niet in het plan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from %2 to %3</source>
        <translation>&quot;%1&quot; is geen getal van %2 tot %3</translation>
    </message>
    <message>
        <source>a region is a number from 1 to 5</source>
        <translation>een regio is een getal van 1 tot 5</translation>
    </message>
    <message>
        <source>no household waiting in region %1 has this V-nummer</source>
        <translation>geen wachtend huishouden in regio %1 heeft dit V-nummer</translation>
    </message>
    <message>
        <source>the solvers&apos; module cannot be loaded (%1): %2</source>
        <translation>de module met de solvers kan niet worden geladen (%1): %2</translation>
    </message>
    <message>
        <source>the solvers&apos; module %1 is not this version&apos;s</source>
        <translation>de module met de solvers %1 hoort niet bij deze versie</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message numerus="yes">
        <source>Couple %n household(s) from the plan</source>
        <translation>
            <numerusform>%n huishouden koppelen uit het plan</numerusform>
            <numerusform>%n huishoudens koppelen uit het plan</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan has no accepted rows</source>
        <translation>het plan heeft geen aanvaarde regels</translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <source>Status holders per gemeente</source>
        <translation>Vergunninghouders per gemeente</translation>
    </message>
    <message>
        <source>Distribution of households</source>
        <translation>Verdeling van huishoudens</translation>
    </message>
    <message>
        <source>Mean days per phase per gemeente</source>
        <translation>Gemiddelde faseduur per gemeente</translation>
    </message>
    <message>
        <source>Mean days per phase per AZC location</source>
        <translation>Gemiddelde faseduur per AZC-locatie</translation>
    </message>
    <message>
        <source>Refused dwellings</source>
        <translation>Geweigerde woningen</translation>
    </message>
    <message>
        <source>Self-housed status holders</source>
        <translation>Zelfhuisvesters</translation>
    </message>
    <message>
        <source>Supervision figures</source>
        <translation>Toezichtcijfers</translation>
    </message>
    <message>
        <source>Households coupled to each gemeente in the period, with every coupling and uncoupling.</source>
        <translation>Huishoudens die in de periode aan elke gemeente zijn gekoppeld, met elke koppeling en ontkoppeling.</translation>
    </message>
    <message>
        <source>Households coupled in the period by number of persons, per gemeente.</source>
        <translation>Huishoudens die in de periode zijn gekoppeld, naar aantal personen, per gemeente.</translation>
    </message>
    <message>
        <source>Mean days of each phase that ended in the period, per coupled gemeente, against the norms of 2, 10 and 2 weeks.</source>
        <translation>Gemiddeld aantal dagen van elke fase die in de periode is afgerond, per gekoppelde gemeente, tegenover de normen van 2, 10 en 2 weken.</translation>
    </message>
    <message>
        <source>Mean days of each phase that ended in the period, per AZC location.</source>
        <translation>Gemiddeld aantal dagen van elke fase die in de periode is afgerond, per AZC-locatie.</translation>
    </message>
    <message>
        <source>Every refusal in the period with its judgement and delay in days, and the overview per gemeente for the province.</source>
        <translation>Elke weigering in de periode met het oordeel en de vertraging in dagen, en het overzicht per gemeente voor de provincie.</translation>
    </message>
    <message>
        <source>Households that found housing themselves and counted in the period.</source>
        <translation>Huishoudens die zelf huisvesting vonden en in de periode meetelden.</translation>
    </message>
    <message>
        <source>Per gemeente: quota met, lead time coupling to move by both methods against 12 weeks, backlog against the tolerance, and the pipeline.</source>
        <translation>Per gemeente: taakstelling gehaald, doorlooptijd van koppeling tot verhuizing volgens beide methoden tegenover 12 weken, achterstand tegenover de tolerantie, en de pipeline.</translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3)</source>
        <translation>Periode: %1 (%2 tot en met %3)</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Bereik: %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Gemaakt op: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Lead time per household</source>
        <translation>Doorlooptijd per huishouden</translation>
    </message>
    <message>
        <source>Every household housed in the period with its days from coupling to move, per gemeente that housed it, against 12 weeks.</source>
        <translation>Elk huishouden dat in de periode is gehuisvest, met het aantal dagen van koppeling tot verhuizing, per gemeente die het heeft gehuisvest, tegenover 12 weken.</translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>Wijzigingslogboek: %1</translation>
    </message>
    <message>
        <source>Published by %1 on %2, from the team server&apos;s change log up to entry %3</source>
        <translation>Gepubliceerd door %1 op %2, uit het wijzigingslogboek van de teamserver tot en met regel %3</translation>
    </message>
</context>
<context>
    <name>RapportAfdruk</name>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>RapportBereik</name>
    <message>
        <source>the whole country</source>
        <translation>het hele land</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>regio %1</translation>
    </message>
    <message>
        <source>province %1</source>
        <translation>provincie %1</translation>
    </message>
    <message>
        <source>gemeente %1 (%2)</source>
        <translation>gemeente %1 (%2)</translation>
    </message>
    <message>
        <source>there is no region %1; the regions are 1 to 5</source>
        <translation>er is geen regio %1; de regio&apos;s zijn 1 tot en met 5</translation>
    </message>
    <message>
        <source>there is no province &quot;%1&quot; (write its name as in the list of gemeenten, e.g. Noord-Holland)</source>
        <translation>er is geen provincie &quot;%1&quot; (schrijf de naam zoals in de lijst van gemeenten, bijv. Noord-Holland)</translation>
    </message>
    <message>
        <source>there is no gemeente with code &quot;%1&quot; (GM followed by four digits)</source>
        <translation>er is geen gemeente met code &quot;%1&quot; (GM gevolgd door vier cijfers)</translation>
    </message>
</context>
<context>
    <name>RapportChart</name>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
</context>
<context>
    <name>RapportDoorlooptijden</name>
    <message>
        <source>Lead time per household</source>
        <translation>Doorlooptijd per huishouden</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Coupled to partnership</source>
        <translation>Gekoppeld aan samenwerkingsverband</translation>
    </message>
    <message>
        <source>Coupled on</source>
        <translation>Gekoppeld op</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Verhuisd op</translation>
    </message>
    <message>
        <source>Registered out on</source>
        <translation>Uitgeschreven op</translation>
    </message>
    <message>
        <source>Days coupling to move</source>
        <translation>Dagen koppeling tot verhuizing</translation>
    </message>
    <message>
        <source>Within 12 weeks</source>
        <translation>Binnen 12 weken</translation>
    </message>
    <message>
        <source>Lead time per gemeente</source>
        <translation>Doorlooptijd per gemeente</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>Mean within 12 weeks</source>
        <translation>Gemiddelde binnen 12 weken</translation>
    </message>
    <message>
        <source>Households over 12 weeks</source>
        <translation>Huishoudens boven 12 weken</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 weken</translation>
    </message>
    <message>
        <source>Every household registered out of the AZC (B12) in the period as first housing, with the days from its coupling to its move (or the registration, when that came first), wherever it was coupled: method 1 of handbook 4.4.3, for the gemeente that housed it (a partnership: the member).</source>
        <translation>Elk huishouden dat in de periode voor eerste huisvesting is uitgeschreven uit het AZC (B12), met het aantal dagen van de koppeling tot de verhuizing (of tot de uitschrijving, als die eerder kwam), waar het ook gekoppeld was: methode 1 van handreiking 4.4.3, voor de gemeente die het heeft gehuisvest (bij een samenwerkingsverband: het lid).</translation>
    </message>
    <message>
        <source>Norm: on average within 12 weeks (%1 days) from coupling to move. Means are rounded half up to one decimal.</source>
        <translation>Norm: gemiddeld binnen 12 weken (%1 dagen) van koppeling tot verhuizing. Gemiddelden zijn half naar boven afgerond op één decimaal.</translation>
    </message>
    <message>
        <source>Households are named by the V-number of the reference person only.</source>
        <translation>Huishoudens worden alleen aangeduid met het V-nummer van de referent.</translation>
    </message>
</context>
<context>
    <name>RapportExport</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>%1 · made on %2 · page %3 of %4</source>
        <translation>%1 · gemaakt op %2 · pagina %3 van %4</translation>
    </message>
    <message>
        <source>%1 · made on %2 · %3 · page %4 of %5</source>
        <translation>%1 · gemaakt op %2 · %3 · pagina %4 van %5</translation>
    </message>
</context>
<context>
    <name>RapportHuishoudens</name>
    <message>
        <source>Households by size</source>
        <translation>Huishoudens naar grootte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Persons per household</source>
        <translation>Personen per huishouden</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>9 or more persons</source>
        <translation>9 of meer personen</translation>
    </message>
    <message>
        <source>Households whose coupling is dated in the period and still active, for the coupled gemeente (a partnership: its coordinating gemeente).</source>
        <translation>Huishoudens waarvan de koppeling in de periode valt en nog actief is, voor de gekoppelde gemeente (bij een samenwerkingsverband: de coördinerende gemeente).</translation>
    </message>
    <message>
        <source>Households of more than 8 persons are a special group (column 9 or more persons).</source>
        <translation>Huishoudens van meer dan 8 personen zijn een bijzondere groep (kolom 9 of meer personen).</translation>
    </message>
</context>
<context>
    <name>RapportJson</name>
    <message>
        <source>published figures, %1</source>
        <translation>gepubliceerde cijfers, %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a text</source>
        <translation>&apos;%1&apos; is geen tekst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>&apos;%1&apos; is geen lijst</translation>
    </message>
    <message>
        <source>a cell is not of its column&apos;s type (%1)</source>
        <translation>een cel heeft niet het type van haar kolom (%1)</translation>
    </message>
    <message numerus="yes">
        <source>a row does not have %n cell(s)</source>
        <translation>
            <numerusform>een rij heeft niet %n cel</numerusform>
            <numerusform>een rij heeft niet %n cellen</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabel %1</translation>
    </message>
    <message>
        <source>a column has no known type</source>
        <translation>een kolom heeft geen bekend type</translation>
    </message>
    <message>
        <source>has no columns</source>
        <translation>heeft geen kolommen</translation>
    </message>
    <message>
        <source>names persons (a V-number column): a province receives aggregates only</source>
        <translation>noemt personen (een kolom V-nummer): een provincie ontvangt alleen totalen</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>kop</translation>
    </message>
    <message>
        <source>published figures</source>
        <translation>gepubliceerde cijfers</translation>
    </message>
    <message>
        <source>were written by another version of Regiedesk (format %1)</source>
        <translation>zijn geschreven door een andere versie van Regiedesk (formaat %1)</translation>
    </message>
    <message>
        <source>names no known report</source>
        <translation>noemt geen bekend rapport</translation>
    </message>
    <message>
        <source>names no half-year</source>
        <translation>noemt geen halfjaar</translation>
    </message>
    <message>
        <source>names no known scope</source>
        <translation>noemt geen bekend bereik</translation>
    </message>
    <message>
        <source>has no date it was made on</source>
        <translation>heeft geen datum waarop het gemaakt is</translation>
    </message>
    <message>
        <source>has no table</source>
        <translation>heeft geen tabel</translation>
    </message>
    <message>
        <source>the chart names a column that is not there</source>
        <translation>de grafiek noemt een kolom die er niet is</translation>
    </message>
    <message>
        <source>the chart is not an object</source>
        <translation>de grafiek is geen object</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>bereik</translation>
    </message>
    <message>
        <source>a province&apos;s device has the figures of its whole province only (%1)</source>
        <translation>het apparaat van een provincie heeft alleen de cijfers van de hele provincie (%1)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>no figures of %1 for %2 have been published yet: a regievoerder of the region publishes them when it syncs; sync again later</source>
        <translation>er zijn nog geen cijfers van %1 voor %2 gepubliceerd: een regievoerder van de regio publiceert ze bij het synchroniseren; synchroniseer later opnieuw</translation>
    </message>
</context>
<context>
    <name>RapportPerGemeente</name>
    <message>
        <source>Couplings</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Samenwerkingsverband</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Coupled on</source>
        <translation>Gekoppeld op</translation>
    </message>
    <message>
        <source>Uncoupled on</source>
        <translation>Ontkoppeld op</translation>
    </message>
    <message>
        <source>Reason for uncoupling</source>
        <translation>Reden voor ontkoppelen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Per gemeente</source>
        <translation>Per gemeente</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Uncoupled</source>
        <translation>Ontkoppeld</translation>
    </message>
    <message>
        <source>A coupling is listed when it was made or ended in the period; a partnership&apos;s coupling counts for its coordinating gemeente.</source>
        <translation>Een koppeling staat in de lijst als die in de periode is gemaakt of beëindigd; de koppeling van een samenwerkingsverband telt voor de coördinerende gemeente.</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Huisvestende gemeente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Counted without a coupling</source>
        <translation>Meegeteld zonder koppeling</translation>
    </message>
    <message>
        <source>Registered out on</source>
        <translation>Uitgeschreven op</translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>A household coupled to two gemeenten in the period counts for each; Uncoupled counts the couplings ended in the period. An undone coupling never happened and is not listed.</source>
        <translation>Een huishouden dat in de periode aan twee gemeenten is gekoppeld, telt voor beide; Ontkoppeld telt de koppelingen die in de periode zijn beëindigd. Een ongedaan gemaakte koppeling heeft nooit plaatsgevonden en staat niet in de lijst.</translation>
    </message>
    <message>
        <source>Houses: the gemeente that houses the household, for a partnership the member chosen (the coordinator until then).</source>
        <translation>Huisvestende gemeente: de gemeente die het huishouden huisvest, bij een samenwerkingsverband het gekozen lid (tot dan de coördinator).</translation>
    </message>
    <message>
        <source>Resettled refugees (hervestiging), B-9 permit holders and amv&apos;s count for the quota without a coupling (handbook 3.4.1): the last table lists those registered out in the period, for the gemeente that housed them.</source>
        <translation>Hervestigde vluchtelingen (hervestiging), B9-vergunninghouders en amv&apos;s tellen zonder koppeling mee voor de taakstelling (handreiking 3.4.1): de laatste tabel toont wie van hen in de periode is uitgeschreven, bij de gemeente die hen huisvestte.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Status: actief = coupled, not yet housed; gehuisvest = moved or registered out of the AZC; ontkoppeld = the coupling was ended; bemiddeling-gestopt = the COA stopped mediation after a second refusal (handbook 3.4.2), which ended the coupling.</source>
        <translation>Status: actief = gekoppeld, nog niet gehuisvest; gehuisvest = verhuisd of uitgeschreven uit het AZC; ontkoppeld = de koppeling is beëindigd; bemiddeling-gestopt = het COA heeft de bemiddeling na een tweede weigering gestopt (handreiking 3.4.2), waarmee de koppeling is beëindigd.</translation>
    </message>
    <message>
        <source>Flags: groot = more than 8 persons; specifiek = needs very specific housing (the special group, handbook 3.3.4).</source>
        <translation>Bijzonderheden: groot = meer dan 8 personen; specifiek = heeft zeer specifieke huisvesting nodig (de bijzondere groep, handreiking 3.3.4).</translation>
    </message>
</context>
<context>
    <name>RapportService</name>
    <message>
        <source>is not a half-year such as 2025-H1</source>
        <translation>is geen halfjaar zoals 2025-H1</translation>
    </message>
    <message>
        <source>unknown report</source>
        <translation>onbekend rapport</translation>
    </message>
</context>
<context>
    <name>RapportTermijn</name>
    <message>
        <source>Phase 1: cases</source>
        <translation>Fase 1: dossiers</translation>
    </message>
    <message>
        <source>Phase 1: mean days (permit to coupling)</source>
        <translation>Fase 1: gemiddeld aantal dagen (vergunning tot koppeling)</translation>
    </message>
    <message>
        <source>Phase 1: over 14 days</source>
        <translation>Fase 1: meer dan 14 dagen</translation>
    </message>
    <message>
        <source>Phase 2: cases</source>
        <translation>Fase 2: dossiers</translation>
    </message>
    <message>
        <source>Phase 2: mean days (coupling to lease signed)</source>
        <translation>Fase 2: gemiddeld aantal dagen (koppeling tot huurcontract getekend)</translation>
    </message>
    <message>
        <source>Phase 2: over 70 days</source>
        <translation>Fase 2: meer dan 70 dagen</translation>
    </message>
    <message>
        <source>Phase 3: cases</source>
        <translation>Fase 3: dossiers</translation>
    </message>
    <message>
        <source>Phase 3: mean days (lease signed to move)</source>
        <translation>Fase 3: gemiddeld aantal dagen (huurcontract getekend tot verhuizing)</translation>
    </message>
    <message>
        <source>Phase 3: over 14 days</source>
        <translation>Fase 3: meer dan 14 dagen</translation>
    </message>
    <message>
        <source>Each phase counts in the period in which it ended: phase 1 (permit to coupling) at the coupling, phase 2 (coupling to lease signed) at the signing, phase 3 (lease signed to move) at the move or the registration out of the AZC, whichever came first.</source>
        <translation>Elke fase telt mee in de periode waarin die is afgerond: fase 1 (vergunning tot koppeling) bij de koppeling, fase 2 (koppeling tot huurcontract getekend) bij de ondertekening, fase 3 (huurcontract getekend tot verhuizing) bij de verhuizing of de uitschrijving uit het AZC, wat het eerst kwam.</translation>
    </message>
    <message>
        <source>Norms: phase 1 14 days (2 weeks), phase 2 70 days (10 weeks), phase 3 14 days (2 weeks). An empty mean: no phase ended.</source>
        <translation>Normen: fase 1 14 dagen (2 weken), fase 2 70 dagen (10 weken), fase 3 14 dagen (2 weken). Een leeg gemiddelde: er is geen fase afgerond.</translation>
    </message>
    <message>
        <source>Mean days per phase per gemeente</source>
        <translation>Gemiddelde faseduur per gemeente</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Mean days per phase per AZC location</source>
        <translation>Gemiddelde faseduur per AZC-locatie</translation>
    </message>
    <message>
        <source>AZC location</source>
        <translation>AZC-locatie</translation>
    </message>
    <message>
        <source>Gemeente of the location</source>
        <translation>Gemeente van de locatie</translation>
    </message>
    <message>
        <source>(no AZC location)</source>
        <translation>(geen AZC-locatie)</translation>
    </message>
    <message>
        <source>The scope is on the coupled gemeente, not on the AZC location.</source>
        <translation>Het bereik geldt voor de gekoppelde gemeente, niet voor de AZC-locatie.</translation>
    </message>
    <message>
        <source>Phases 1 and 3 count for the coupling in force; phase 2 for every coupling under which a lease was signed, also one that ended later (a household coupled again starts phase 2 afresh). An undone coupling never happened and does not count. A partnership&apos;s coupling counts for its coordinating gemeente. The totals row is the mean over all cases in the scope.</source>
        <translation>Fase 1 en 3 tellen voor de geldende koppeling; fase 2 voor elke koppeling waaronder een huurcontract is getekend, ook als die later is beëindigd (bij een nieuwe koppeling begint fase 2 opnieuw). Een ongedaan gemaakte koppeling heeft nooit plaatsgevonden en telt niet mee. De koppeling van een samenwerkingsverband telt voor de coördinerende gemeente. De totaalregel is het gemiddelde over alle dossiers in het bereik.</translation>
    </message>
</context>
<context>
    <name>RapportToezicht</name>
    <message>
        <source>Supervision figures per gemeente</source>
        <translation>Toezichtcijfers per gemeente</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>To house</source>
        <translation>Te huisvesten</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>Taakstelling gehaald</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerantie</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Binnen tolerantie</translation>
    </message>
    <message>
        <source>Method 1: mean days</source>
        <translation>Methode 1: gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>Method 1: within 12 weeks</source>
        <translation>Methode 1: binnen 12 weken</translation>
    </message>
    <message>
        <source>Method 2: coupled</source>
        <translation>Methode 2: gekoppeld</translation>
    </message>
    <message>
        <source>Method 2: moved already</source>
        <translation>Methode 2: al verhuisd</translation>
    </message>
    <message>
        <source>Method 2: share measurable (%)</source>
        <translation>Methode 2: aandeel meetbaar (%)</translation>
    </message>
    <message>
        <source>Method 2: mean days</source>
        <translation>Methode 2: gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>Method 1 per month, with the moving average</source>
        <translation>Methode 1 per maand, met het voortschrijdend gemiddelde</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>Moving average (days)</source>
        <translation>Voortschrijdend gemiddelde (dagen)</translation>
    </message>
    <message>
        <source>No vg (national number to house) has been set for %1, so there is no quota: the quota columns are empty. The lead times are shown.</source>
        <translation>Voor %1 is geen vg (landelijk te huisvesten aantal) vastgesteld, dus er is geen taakstelling: de kolommen van de taakstelling zijn leeg. De doorlooptijden worden wel getoond.</translation>
    </message>
    <message>
        <source>The quota cannot be computed (%1): the quota columns are empty. The lead times are shown.</source>
        <translation>De taakstelling kan niet worden berekend (%1): de kolommen van de taakstelling zijn leeg. De doorlooptijden worden wel getoond.</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 weken</translation>
    </message>
    <message>
        <source>Norm: on average within 12 weeks (%1 days) from coupling to move.</source>
        <translation>Norm: gemiddeld binnen 12 weken (%1 dagen) van koppeling tot verhuizing.</translation>
    </message>
    <message>
        <source>Quota (after herverdeling)</source>
        <translation>Taakstelling (na herverdeling)</translation>
    </message>
    <message>
        <source>Pipeline: lease signed</source>
        <translation>Pijplijn: huurcontract getekend</translation>
    </message>
    <message>
        <source>Met with the pipeline</source>
        <translation>Gehaald met pijplijn</translation>
    </message>
    <message>
        <source>Coupled, not yet housed</source>
        <translation>Gekoppeld, nog niet gehuisvest</translation>
    </message>
    <message>
        <source>Method 1: housed</source>
        <translation>Methode 1: gehuisvest</translation>
    </message>
    <message>
        <source>Tolerance: a backlog of at most %1 of the quota of the half-year itself (taakstelling after herverdeling, without the balance carried in; handbook 4.4.2).</source>
        <translation>Tolerantie: een achterstand van hoogstens %1 van de taakstelling van het halfjaar zelf (taakstelling na herverdeling, zonder het saldo uit het vorige halfjaar; handreiking 4.4.2).</translation>
    </message>
    <message>
        <source>Pipeline (pijplijn productie, handbook 4.4.1): persons with a signed lease, or known as self-housed, not yet registered out on %1. &quot;Met with the pipeline&quot; counts them (4.4.2). &quot;Coupled, not yet housed&quot; is the wider figure of every coupled person not yet registered out.</source>
        <translation>Pijplijn productie (handreiking 4.4.1): personen met een getekend huurcontract, of bekend als zelfhuisvester, die op %1 nog niet zijn uitgeschreven. &quot;Gehaald met pijplijn&quot; telt hen mee (4.4.2). &quot;Gekoppeld, nog niet gehuisvest&quot; is het ruimere aantal: alle gekoppelde personen die nog niet zijn uitgeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Method 1 takes the realisations of the period (registered out as first housing), wherever they were coupled, for the gemeente that housed them; the monthly table shows it by month of the registration with a moving average over %n month(s).</source>
        <translation>
            <numerusform>Methode 1 neemt de realisaties van de periode (uitgeschreven voor eerste huisvesting), waar die ook gekoppeld waren, voor de gemeente die hen heeft gehuisvest; de maandtabel toont dit per maand van uitschrijving met een voortschrijdend gemiddelde over %n maand.</numerusform>
            <numerusform>Methode 1 neemt de realisaties van de periode (uitgeschreven voor eerste huisvesting), waar die ook gekoppeld waren, voor de gemeente die hen heeft gehuisvest; de maandtabel toont dit per maand van uitschrijving met een voortschrijdend gemiddelde over %n maanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Method 2 takes the households coupled in the period, for the coupled gemeente (a partnership: its coordinator), and measures only the share that has moved by %1.</source>
        <translation>Methode 2 neemt de huishoudens die in de periode zijn gekoppeld, voor de gekoppelde gemeente (bij een samenwerkingsverband: de coördinator), en meet alleen het deel dat uiterlijk %1 is verhuisd.</translation>
    </message>
    <message>
        <source>Means are rounded half up to one decimal; within 12 weeks is judged on the mean as shown.</source>
        <translation>Gemiddelden zijn half naar boven afgerond op één decimaal; binnen 12 weken wordt beoordeeld op het getoonde gemiddelde.</translation>
    </message>
</context>
<context>
    <name>RapportWeigeringen</name>
    <message>
        <source>Refusals</source>
        <translation>Weigeringen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <source>Reason of the judgement</source>
        <translation>Reden van het oordeel</translation>
    </message>
    <message>
        <source>New candidate on</source>
        <translation>Nieuwe kandidaat op</translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation>Vertraging (dagen)</translation>
    </message>
    <message>
        <source>Refusals per gemeente</source>
        <translation>Weigeringen per gemeente</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <source>Refused on site</source>
        <translation>Ter plaatse geweigerd</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Terecht</translation>
    </message>
    <message>
        <source>Unjustified</source>
        <translation>Onterecht</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Delay, total days</source>
        <translation>Vertraging, totaal aantal dagen</translation>
    </message>
    <message>
        <source>Delay, mean days</source>
        <translation>Vertraging, gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>A no-show on the signing date counts as a refusal (handbook 3.4.2).</source>
        <translation>Niet verschijnen op de datum van ondertekening telt als weigering (handreiking 3.4.2).</translation>
    </message>
    <message>
        <source>The delay runs from the refusal to the household&apos;s lease signed after it, or to %1 while none is.</source>
        <translation>De vertraging loopt van de weigering tot het daarna getekende huurcontract van het huishouden, of tot %1 zolang er geen is.</translation>
    </message>
    <message numerus="yes">
        <source>Only a mandatory placement criterion justifies a refusal; the COA judges within %n day(s).</source>
        <translation>
            <numerusform>Alleen een dwingend plaatsingscriterium maakt een weigering terecht; het COA oordeelt binnen %n dag.</numerusform>
            <numerusform>Alleen een dwingend plaatsingscriterium maakt een weigering terecht; het COA oordeelt binnen %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost rent (euro)</source>
        <translation>Huurderving (euro)</translation>
    </message>
    <message>
        <source>Judgement late</source>
        <translation>Oordeel te laat</translation>
    </message>
    <message>
        <source>New candidate late</source>
        <translation>Nieuwe kandidaat te laat</translation>
    </message>
    <message>
        <source>Stopped mediation</source>
        <translation>Bemiddeling gestopt</translation>
    </message>
    <message>
        <source>Judgements late</source>
        <translation>Oordelen te laat</translation>
    </message>
    <message>
        <source>New candidates late</source>
        <translation>Nieuwe kandidaten te laat</translation>
    </message>
    <message numerus="yes">
        <source>A refusal right after an unjustified one stops mediation; after it, as after a justified refusal, a new candidate is coupled for the dwelling within %n day(s). Late: judged or coupled after the term, or still open past it on the date made.</source>
        <translation>
            <numerusform>Een weigering direct na een onterechte weigering stopt de bemiddeling; daarna wordt, net als na een terechte weigering, binnen %n dag een nieuwe kandidaat voor de woning gekoppeld. Te laat: beoordeeld of gekoppeld na de termijn, of op de datum van het rapport na de termijn nog open.</numerusform>
            <numerusform>Een weigering direct na een onterechte weigering stopt de bemiddeling; daarna wordt, net als na een terechte weigering, binnen %n dagen een nieuwe kandidaat voor de woning gekoppeld. Te laat: beoordeeld of gekoppeld na de termijn, of op de datum van het rapport na de termijn nog open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RapportZelfhuisvesters</name>
    <message>
        <source>Self-housed households</source>
        <translation>Huishoudens van zelfhuisvesters</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Coupled on</source>
        <translation>Gekoppeld op</translation>
    </message>
    <message>
        <source>Registered out on</source>
        <translation>Uitgeschreven op</translation>
    </message>
    <message>
        <source>Self-housed per gemeente</source>
        <translation>Zelfhuisvesters per gemeente</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>A zelfhuisvester may find housing only in the coupled gemeente; the persons count for it from the registration out (B12) in the period.</source>
        <translation>Een zelfhuisvester mag alleen in de gekoppelde gemeente huisvesting vinden; de personen tellen voor die gemeente vanaf de uitschrijving (B12) in de periode.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Only first housing counts, and only through a coupling in force to the gemeente or its partnership; resettled refugees (hervestiging), B-9 permit holders and amv&apos;s count without one and are listed with their category (handbook 3.4.1).</source>
        <translation>Alleen eerste huisvesting telt mee, en alleen via een geldende koppeling aan de gemeente of haar samenwerkingsverband; hervestigde vluchtelingen (hervestiging), B9-vergunninghouders en amv&apos;s tellen zonder koppeling mee en staan in de lijst met hun categorie (handreiking 3.4.1).</translation>
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
    <name>RegelControle</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>a coupling letter belongs to a coupling of its household and is not dated before it</source>
        <translation>een koppelingsbrief hoort bij een koppeling van het eigen huishouden en is niet eerder gedateerd dan die koppeling</translation>
    </message>
    <message>
        <source>a gemeente&apos;s contact on the letter: a name of one line, a telephone number and an e-mail address that are well formed</source>
        <translation>het contact van een gemeente op de brief: een naam van één regel, een geldig telefoonnummer en een geldig e-mailadres</translation>
    </message>
    <message>
        <source>%1 couplings in force</source>
        <translation>%1 geldende koppelingen</translation>
    </message>
    <message>
        <source>coupled on %1, before the intake interview of %2</source>
        <translation>gekoppeld op %1, vóór het huisvestinggesprek van %2</translation>
    </message>
    <message>
        <source>registered out on %1 in %2 without a coupling in force (and not resettled, B-9 or amv)</source>
        <translation>op %1 uitgeschreven in %2 zonder geldende koppeling (en geen hervestiging, B9 of amv)</translation>
    </message>
    <message>
        <source>registered out on %1 in %2, outside the coupled gemeente %3 and its partnership</source>
        <translation>op %1 uitgeschreven in %2, buiten de gekoppelde gemeente %3 en haar samenwerkingsverband</translation>
    </message>
    <message>
        <source>a lease date (%1) lies before the coupling in force of %2</source>
        <translation>een datum van het huurcontract (%1) ligt vóór de geldende koppeling van %2</translation>
    </message>
    <message>
        <source>the coupling of %1 was undone but is still in force</source>
        <translation>de koppeling van %1 is ongedaan gemaakt, maar is nog van kracht</translation>
    </message>
    <message>
        <source>a household has at most one coupling in force</source>
        <translation>een huishouden heeft hoogstens één geldende koppeling</translation>
    </message>
    <message>
        <source>a coupling is based on the intake interview: not dated before it</source>
        <translation>een koppeling is gebaseerd op het huisvestinggesprek: niet eerder gedateerd dan dat gesprek</translation>
    </message>
    <message>
        <source>a household&apos;s lease dates do not lie before its coupling in force</source>
        <translation>de datums van het huurcontract van een huishouden liggen niet vóór de geldende koppeling</translation>
    </message>
    <message>
        <source>an undone coupling is not in force</source>
        <translation>een ongedaan gemaakte koppeling is niet van kracht</translation>
    </message>
    <message>
        <source>a regular household is housed only through a coupling in force</source>
        <translation>een regulier huishouden wordt alleen via een geldende koppeling gehuisvest</translation>
    </message>
    <message>
        <source>a coupled household is housed in the coupled gemeente or a member of the coupled partnership</source>
        <translation>een gekoppeld huishouden wordt gehuisvest in de gekoppelde gemeente of in een lid van het gekoppelde samenwerkingsverband</translation>
    </message>
    <message>
        <source>a herverdeling shifts quota between two or more gemeenten and adds up to zero</source>
        <translation>een herverdeling verschuift taakstelling tussen twee of meer gemeenten en telt op tot nul</translation>
    </message>
    <message>
        <source>no gemeente&apos;s taakstelling plus its herverdeling is below zero</source>
        <translation>bij geen enkele gemeente ligt de taakstelling plus de herverdeling onder nul</translation>
    </message>
    <message>
        <source>a vg set less than 13 weeks before its half-year has a reason</source>
        <translation>een vg die minder dan 13 weken vóór het halfjaar is vastgesteld, heeft een reden</translation>
    </message>
    <message>
        <source>a household whose mediation stopped has no coupling in force</source>
        <translation>een huishouden waarvan de bemiddeling is gestopt, heeft geen geldende koppeling</translation>
    </message>
    <message>
        <source>a household is not coupled after its mediation stopped</source>
        <translation>een huishouden wordt niet meer gekoppeld nadat de bemiddeling is gestopt</translation>
    </message>
    <message>
        <source>no coupling letter after the stop of mediation</source>
        <translation>geen koppelingsbrief nadat de bemiddeling is gestopt</translation>
    </message>
    <message>
        <source>a new candidate follows a justified refusal or the refusal that stopped mediation, not before the refusal</source>
        <translation>een nieuwe kandidaat volgt op een terechte weigering of op de weigering die de bemiddeling stopte, niet vóór de weigering</translation>
    </message>
    <message>
        <source>a refusal is judged on or after its date, for a reason on the list</source>
        <translation>een weigering wordt op of na de datum ervan beoordeeld, met een reden van de lijst</translation>
    </message>
    <message>
        <source>a refusal follows the judgement of the household&apos;s earlier refusal</source>
        <translation>een weigering volgt op het oordeel over de eerdere weigering van het huishouden</translation>
    </message>
</context>
<context>
    <name>RegioGrafieken</name>
    <message>
        <source>Mean days per phase per municipality: the %1 of %2 with the most cases</source>
        <translation>Gemiddelde faseduur per gemeente: de %1 van %2 met de meeste dossiers</translation>
    </message>
    <message>
        <source>Mean days per phase per municipality</source>
        <translation>Gemiddelde faseduur per gemeente</translation>
    </message>
    <message>
        <source>Phase 1: coupling</source>
        <translation>1 Koppeling</translation>
    </message>
    <message>
        <source>Phase 2: housing</source>
        <translation>2 Woonruimte</translation>
    </message>
    <message>
        <source>Phase 3: move</source>
        <translation>3 Verhuizing</translation>
    </message>
    <message>
        <source>Realised against target per municipality: the %1 of %2 with the largest target</source>
        <translation>Realisatie tegenover opgave per gemeente: de %1 van %2 met de grootste opgave</translation>
    </message>
    <message>
        <source>Realised against target per municipality</source>
        <translation>Realisatie tegenover opgave per gemeente</translation>
    </message>
    <message>
        <source>Target (persons)</source>
        <translation>Opgave (personen)</translation>
    </message>
    <message>
        <source>Realised (persons)</source>
        <translation>Realisatie (personen)</translation>
    </message>
    <message numerus="yes">
        <source>Monthly pace: due after %n month(s)</source>
        <translation>
            <numerusform>Tempo na %n maand</numerusform>
            <numerusform>Tempo na %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Lead time coupling to move (method 1, by month of the move)</source>
        <translation>Doorlooptijd van koppeling tot verhuizing (methode 1, per maand van verhuizing)</translation>
    </message>
    <message>
        <source>Mean of the month</source>
        <translation>Maandgemiddelde</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message numerus="yes">
        <source>Norm: %n day(s)</source>
        <translation>
            <numerusform>Norm: %n dag</numerusform>
            <numerusform>Norm: %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean days (lines: the norms, %1 days for phases 1 and 3, %2 days for phase 2)</source>
        <translation>Gemiddeld aantal dagen (lijnen: de normen, %1 dagen voor fase 1 en 3, %2 dagen voor fase 2)</translation>
    </message>
    <message numerus="yes">
        <source>Moving average (%n month(s))</source>
        <translation>
            <numerusform>Voortschrijdend gemiddelde (%n maand)</numerusform>
            <numerusform>Voortschrijdend gemiddelde (%n maanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Month of the move (%1 to %2), below it the moves</source>
        <translation>Maand van verhuizing (%1 t/m %2), daaronder het aantal verhuizingen</translation>
    </message>
</context>
<context>
    <name>ServerAdres</name>
    <message>
        <source>is not a PostgreSQL URL (postgresql://user@host:port/database)</source>
        <translation>is geen PostgreSQL-URL (postgresql://gebruiker@host:poort/database)</translation>
    </message>
    <message>
        <source>holds a password; give it at the prompt or in REGIEDESK_PASSWORD</source>
        <translation>bevat een wachtwoord; geef het bij de vraag of in REGIEDESK_PASSWORD</translation>
    </message>
    <message>
        <source>has port &apos;%1&apos;; a port is a number from 1 to 65535</source>
        <translation>heeft poort &apos;%1&apos;; een poort is een getal van 1 tot 65535</translation>
    </message>
    <message>
        <source>has a parameter %1 without a plain value</source>
        <translation>heeft een parameter %1 zonder gewone waarde</translation>
    </message>
    <message>
        <source>has the parameter &apos;%1&apos;, which Regiedesk does not know (known: host, port, %2)</source>
        <translation>heeft de parameter &apos;%1&apos;, die Regiedesk niet kent (bekend: host, port, %2)</translation>
    </message>
    <message>
        <source>has a host, user or database with a space, quote or control character</source>
        <translation>heeft een host, gebruiker of database met een spatie, aanhalingsteken of stuurteken</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql (bash packaging/install-deps.sh)</source>
        <translation>het PostgreSQL-stuurprogramma van Qt (QPSQL) is niet geïnstalleerd; installeer libqt6sql6-psql (bash packaging/install-deps.sh)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>server %1</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>geen verbinding: %1</translation>
    </message>
</context>
<context>
    <name>ServerMelding</name>
    <message>
        <source>%1 has no Regiedesk account on this server</source>
        <translation>%1 heeft geen Regiedesk-account op deze server</translation>
    </message>
    <message>
        <source>device %1 belongs to another account</source>
        <translation>apparaat %1 hoort bij een ander account</translation>
    </message>
    <message>
        <source>device %1 is not joined to account %2</source>
        <translation>apparaat %1 is niet verbonden met account %2</translation>
    </message>
    <message>
        <source>device %1 is not one of this account&apos;s</source>
        <translation>apparaat %1 hoort niet bij dit account</translation>
    </message>
    <message>
        <source>an entry without a sequence number</source>
        <translation>een regel zonder volgnummer</translation>
    </message>
    <message>
        <source>entry %1 of device %2 differs from the one the server received: the log was cut off or rewritten</source>
        <translation>regel %1 van apparaat %2 verschilt van die de server ontving: het wijzigingslogboek is afgekapt of herschreven</translation>
    </message>
    <message>
        <source>the change log of device %1 no longer holds entry %2 as the server saw it: the log was cut off or rewritten</source>
        <translation>het wijzigingslogboek van apparaat %1 bevat regel %2 niet meer zoals de server die zag: het logboek is afgekapt of herschreven</translation>
    </message>
    <message>
        <source>entry %1 of device %2 comes after %3 was pushed</source>
        <translation>regel %1 van apparaat %2 komt nadat %3 al verzonden was</translation>
    </message>
    <message>
        <source>a regievoerder of region %1 changes no household of region %2</source>
        <translation>een regievoerder van regio %1 wijzigt geen huishouden van regio %2</translation>
    </message>
    <message>
        <source>a programmabegeleider of %1 changes no household of %2</source>
        <translation>een programmabegeleider van %1 wijzigt geen huishouden van %2</translation>
    </message>
    <message>
        <source>the role %1 may not make a change of type %2</source>
        <translation>de rol %1 mag geen wijziging van het type %2 maken</translation>
    </message>
    <message>
        <source>a herverdeling whose deltas sum to %1 instead of 0</source>
        <translation>een herverdeling waarvan de verschuivingen optellen tot %1 in plaats van 0</translation>
    </message>
    <message>
        <source>undoes or redoes an entry the server did not apply</source>
        <translation>maakt een regel ongedaan of opnieuw die de server niet heeft verwerkt</translation>
    </message>
    <message>
        <source>%1: made on this device&apos;s entry %2, which the server did not apply</source>
        <translation>%1: gemaakt op regel %2 van dit apparaat, die de server niet heeft verwerkt</translation>
    </message>
    <message>
        <source>%1: changed on the server since this change was made</source>
        <translation>%1: op de server gewijzigd sinds deze wijziging werd gemaakt</translation>
    </message>
    <message>
        <source>only a beheerder erases a household&apos;s data</source>
        <translation>alleen een beheerder wist de gegevens van een huishouden</translation>
    </message>
    <message>
        <source>only a regievoerder of its region publishes the figures of province %1</source>
        <translation>alleen een regievoerder van de eigen regio publiceert de cijfers van provincie %1</translation>
    </message>
    <message>
        <source>figures up to change %1 of a server that has %2</source>
        <translation>cijfers tot wijziging %1 van een server die er %2 heeft</translation>
    </message>
    <message>
        <source>the figures are not a report of at most 8 MiB</source>
        <translation>de cijfers zijn geen rapport van hoogstens 8 MiB</translation>
    </message>
    <message>
        <source>a province receives no table that names persons</source>
        <translation>een provincie ontvangt geen tabel met namen van personen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(no AZC)</source>
        <translation>(geen AZC)</translation>
    </message>
    <message>
        <source>only an import of households travels in parts</source>
        <translation>alleen een import van huishoudens reist in delen</translation>
    </message>
    <message>
        <source>a V-nummer has 10 digits</source>
        <translation>een V-nummer heeft 10 cijfers</translation>
    </message>
    <message>
        <source>%1 is not a gemeente code</source>
        <translation>%1 is geen gemeentecode</translation>
    </message>
    <message>
        <source>an entry in parts is filed under its region only, and is no undo</source>
        <translation>een regel in delen staat alleen onder zijn regio en maakt niets ongedaan</translation>
    </message>
    <message>
        <source>undoes server entry %1, which the server does not hold</source>
        <translation>maakt serverregel %1 ongedaan, die de server niet heeft</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>the server answered: %1</source>
        <translation>de server antwoordde: %1</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>is not version %1 of the schema; the files must be numbered 1, 2, 3, ... without gaps</source>
        <translation>is niet versie %1 van het schema; de bestanden moeten 1, 2, 3, ... zonder gaten genummerd zijn</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>kan geen transactie beginnen: %1</translation>
    </message>
    <message>
        <source>cannot be committed: %1</source>
        <translation>kan niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>line %1: a /* comment is not closed</source>
        <translation>regel %1: een /*-commentaar is niet gesloten</translation>
    </message>
    <message>
        <source>line %1: a quote is not closed</source>
        <translation>regel %1: een aanhalingsteken is niet gesloten</translation>
    </message>
    <message>
        <source>line %1: a %2 quote is not closed</source>
        <translation>regel %1: een %2-aanhaling is niet gesloten</translation>
    </message>
    <message>
        <source>this program holds no schema files</source>
        <translation>dit programma bevat geen schemabestanden</translation>
    </message>
    <message>
        <source>database %1 is not empty and holds no Regiedesk schema; give an empty database (createdb) to install on</source>
        <translation>database %1 is niet leeg en bevat geen Regiedesk-schema; geef een lege database (createdb) om in te installeren</translation>
    </message>
    <message>
        <source>the server has schema version %1, this program knows up to version %2: install a newer Regiedesk</source>
        <translation>de server heeft schemaversie %1, dit programma kent tot versie %2: installeer een nieuwere Regiedesk</translation>
    </message>
    <message>
        <source>the server records schema version %1, which this program does not know</source>
        <translation>de server noemt schemaversie %1, die dit programma niet kent</translation>
    </message>
    <message>
        <source>differs from the version the server installed (%1, sha256 %2…): a released schema file was changed</source>
        <translation>verschilt van de versie die de server installeerde (%1, sha256 %2…): een uitgebracht schemabestand is gewijzigd</translation>
    </message>
</context>
<context>
    <name>SignaalService</name>
    <message>
        <source>Phase overdue</source>
        <translation>Fase te laat</translation>
    </message>
    <message>
        <source>Phase due soon</source>
        <translation>Fase bijna te laat</translation>
    </message>
    <message>
        <source>Refusal judgement due</source>
        <translation>Oordeel over weigering nodig</translation>
    </message>
    <message>
        <source>New candidate due</source>
        <translation>Nieuwe kandidaat nodig</translation>
    </message>
    <message>
        <source>Reunification block ends</source>
        <translation>Blokkade gezinshereniging loopt af</translation>
    </message>
    <message numerus="yes">
        <source>Phase %1 is %n day(s) overdue (due %2)</source>
        <translation>
            <numerusform>Fase %1 is %n dag te laat (uiterlijk %2)</numerusform>
            <numerusform>Fase %1 is %n dagen te laat (uiterlijk %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase %1 is due today (%2)</source>
        <translation>Fase %1 moet vandaag rond zijn (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Phase %1 is due in %n day(s), on %2</source>
        <translation>
            <numerusform>Fase %1 moet over %n dag rond zijn, op %2</numerusform>
            <numerusform>Fase %1 moet over %n dagen rond zijn, op %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no-show at signing</source>
        <translation>niet verschenen bij ondertekening</translation>
    </message>
    <message>
        <source>refused on site</source>
        <translation>ter plaatse geweigerd</translation>
    </message>
    <message numerus="yes">
        <source>Judgement on the refusal of %1 (%2) is %n day(s) overdue (due %3)</source>
        <translation>
            <numerusform>Het oordeel over de weigering van %1 (%2) is %n dag te laat (uiterlijk %3)</numerusform>
            <numerusform>Het oordeel over de weigering van %1 (%2) is %n dagen te laat (uiterlijk %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Judgement on the refusal of %1 (%2) is due on %3</source>
        <translation>Het oordeel over de weigering van %1 (%2) moet uiterlijk %3 gegeven zijn</translation>
    </message>
    <message numerus="yes">
        <source>New candidate for the dwelling refused on %1 is %n day(s) overdue (due %2)</source>
        <translation>
            <numerusform>De nieuwe kandidaat voor de op %1 geweigerde woning is %n dag te laat (uiterlijk %2)</numerusform>
            <numerusform>De nieuwe kandidaat voor de op %1 geweigerde woning is %n dagen te laat (uiterlijk %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>New candidate for the dwelling refused on %1 is due on %2</source>
        <translation>Een nieuwe kandidaat voor de op %1 geweigerde woning moet uiterlijk %2 gekoppeld zijn</translation>
    </message>
    <message>
        <source>Reunification block ended on %1 without a decision (house as single or wait)</source>
        <translation>De blokkade voor gezinshereniging is op %1 afgelopen zonder besluit (als alleenstaande huisvesten of wachten)</translation>
    </message>
    <message>
        <source>Reunification block ends on %1: decide to house as single or to wait</source>
        <translation>De blokkade voor gezinshereniging loopt af op %1: besluit om als alleenstaande te huisvesten of te wachten</translation>
    </message>
    <message numerus="yes">
        <source>BRP registration is %n day(s) overdue (due %1, 5 working days after the permit)</source>
        <translation>
            <numerusform>De inschrijving in de BRP is %n dag te laat (uiterlijk %1, 5 werkdagen na de vergunning)</numerusform>
            <numerusform>De inschrijving in de BRP is %n dagen te laat (uiterlijk %1, 5 werkdagen na de vergunning)</numerusform>
        </translation>
    </message>
    <message>
        <source>BRP registration is due on %1 (5 working days after the permit)</source>
        <translation>De inschrijving in de BRP moet uiterlijk %1 plaatsvinden (5 werkdagen na de vergunning)</translation>
    </message>
    <message numerus="yes">
        <source>The vergunninghoudergesprek is %n day(s) overdue (due %2, 14 days after the intake of %1)</source>
        <translation>
            <numerusform>Het vergunninghoudergesprek is %n dag te laat (uiterlijk %2, 14 dagen na het huisvestinggesprek van %1)</numerusform>
            <numerusform>Het vergunninghoudergesprek is %n dagen te laat (uiterlijk %2, 14 dagen na het huisvestinggesprek van %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The vergunninghoudergesprek is due on %2 (14 days after the intake of %1)</source>
        <translation>Het vergunninghoudergesprek moet uiterlijk %2 plaatsvinden (14 dagen na het huisvestinggesprek van %1)</translation>
    </message>
    <message>
        <source>BRP registration due</source>
        <translation>Inschrijving BRP nodig</translation>
    </message>
    <message>
        <source>Vergunninghoudergesprek due</source>
        <translation>Vergunninghoudergesprek nodig</translation>
    </message>
</context>
<context>
    <name>SleepBeeld</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n huishouden</numerusform>
            <numerusform>%n huishoudens</numerusform>
        </translation>
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
        <source>is an SQLite database of another program, not a Regiedesk store</source>
        <translation>is een SQLite-database van een ander programma, geen Regiedesk-gegevensbestand</translation>
    </message>
    <message>
        <source>was written by a newer version of Regiedesk (schema %1; this version knows up to %2). Update Regiedesk to open it; the file was not changed.</source>
        <translation>is geschreven door een nieuwere versie van Regiedesk (schema %1; deze versie kent tot en met %2). Werk Regiedesk bij om het te openen; het bestand is niet gewijzigd.</translation>
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
        <source>its folder cannot be created</source>
        <translation>de map ervan kan niet worden gemaakt</translation>
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
        <source>does not exist; create a store with init</source>
        <translation>bestaat niet; maak een gegevensbestand aan met init</translation>
    </message>
    <message>
        <source>is a folder, not a store file</source>
        <translation>is een map, geen gegevensbestand</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>is geen gewoon bestand (een apparaat, pipe of socket)</translation>
    </message>
    <message>
        <source>is an empty file, not a Regiedesk store; create a store with init</source>
        <translation>is een leeg bestand, geen Regiedesk-gegevensbestand; maak een gegevensbestand aan met init</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not a Regiedesk store; create a store with init</source>
        <translation>is een lege SQLite-database, geen Regiedesk-gegevensbestand; maak een gegevensbestand aan met init</translation>
    </message>
    <message>
        <source>was written by an older version of Regiedesk (schema %1). It was not changed; upgrade it first with &apos;regiedesk-cli --db FILE upgrade&apos; or by opening it in the window.</source>
        <translation>is geschreven door een oudere versie van Regiedesk (schema %1). Het is niet gewijzigd; werk het eerst bij met &apos;regiedesk-cli --db FILE upgrade&apos; of door het in het venster te openen.</translation>
    </message>
    <message>
        <source>has rows that point to rows that do not exist (%1). The file was not changed; restore a backup copy.</source>
        <translation>bevat rijen die verwijzen naar rijen die niet bestaan (%1). Het bestand is niet gewijzigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1 rij %2 verwijst naar een ontbrekende rij in %3</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabel %1</translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation>kolom %1.%2</translation>
    </message>
    <message>
        <source>is not a complete Regiedesk store of schema %1: %2 missing. The file was not changed; restore a backup copy.</source>
        <translation>is geen volledig Regiedesk-gegevensbestand van schema %1 (ontbrekend: %2). Het bestand is niet gewijzigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>cannot be created: %1</source>
        <translation>kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>cannot be made private</source>
        <translation>kan niet worden afgeschermd voor andere gebruikers</translation>
    </message>
    <message>
        <source>is damaged: its schema version %1 is not one Regiedesk ever wrote. The file was not changed; restore it from a backup.</source>
        <translation>is beschadigd: schemaversie %1 is geen versie die Regiedesk ooit schreef. Het bestand is niet gewijzigd; zet het terug uit een reservekopie.</translation>
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
    <message>
        <source>Upgrade store</source>
        <translation>Gegevensbestand bijwerken</translation>
    </message>
    <message>
        <source>This store was made by an older version of Regiedesk.</source>
        <translation>Dit gegevensbestand is gemaakt met een oudere versie van Regiedesk.</translation>
    </message>
    <message>
        <source>To open %1, Regiedesk upgrades it from schema %2 to schema %3. A copy of the file as it is now is kept beside it first. Older versions of Regiedesk cannot open the upgraded file.</source>
        <translation>Om %1 te openen, werkt Regiedesk het bij van schema %2 naar schema %3. Eerst wordt er een kopie van het bestand zoals het nu is ernaast bewaard. Oudere versies van Regiedesk kunnen het bijgewerkte bestand niet openen.</translation>
    </message>
    <message>
        <source>&amp;Upgrade and open</source>
        <translation>&amp;Bijwerken en openen</translation>
    </message>
</context>
<context>
    <name>Suggestie</name>
    <message>
        <source>backlog on the forecast</source>
        <translation>achterstand op de prognose</translation>
    </message>
    <message>
        <source>monthly pace</source>
        <translation>maandtempo</translation>
    </message>
    <message>
        <source>housing stock</source>
        <translation>woningvoorraad</translation>
    </message>
    <message>
        <source>room for the household</source>
        <translation>ruimte voor het huishouden</translation>
    </message>
    <message>
        <source>work or education tie</source>
        <translation>werk- of opleidingsbinding</translation>
    </message>
    <message>
        <source>%1 %2 × %3 = %4</source>
        <translation>%1 %2 × %3 = %4</translation>
    </message>
    <message>
        <source>rank %1, score %2: %3</source>
        <translation>rang %1, score %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight between 0 and 10</source>
        <translation>&quot;%1&quot; is geen gewicht tussen 0 en 10</translation>
    </message>
    <message>
        <source>the weight must lie between 0 and 10</source>
        <translation>het gewicht moet tussen 0 en 10 liggen</translation>
    </message>
    <message>
        <source>family reunification blocks it until %1</source>
        <translation>gezinshereniging blokkeert tot %1</translation>
    </message>
    <message>
        <source>in region %1, not the AZC&apos;s region %2</source>
        <translation>in regio %1, niet de regio %2 van het AZC</translation>
    </message>
    <message>
        <source>a mandatory criterion ties it to %1</source>
        <translation>een dwingend criterium bindt het aan %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>is not joined to a team server (regiedesk-cli connect)</source>
        <translation>is niet aangesloten op een teamserver (regiedesk-cli connect)</translation>
    </message>
    <message>
        <source>is joined to %1 as %2 already; a store joins one server</source>
        <translation>is al aangesloten op %1 als %2; een gegevensbestand sluit op één server aan</translation>
    </message>
    <message>
        <source>has server schema version %1, this program needs %2: run regiedesk-cli server init first</source>
        <translation>heeft serverschemaversie %1, dit programma heeft %2 nodig: voer eerst regiedesk-cli server init uit</translation>
    </message>
    <message>
        <source>change log entry %1</source>
        <translation>regel %1 van het wijzigingslogboek</translation>
    </message>
    <message>
        <source>is not an open conflict</source>
        <translation>is geen open conflict</translation>
    </message>
    <message>
        <source>is not in this store</source>
        <translation>staat niet in dit gegevensbestand</translation>
    </message>
    <message>
        <source>server entry %1</source>
        <translation>serverregel %1</translation>
    </message>
    <message>
        <source>is a change of another that this store could not make; it can only be taken (--take server) once the store allows it</source>
        <translation>is een wijziging van een ander die dit gegevensbestand niet kon maken; die kan alleen worden genomen (--take server) zodra het gegevensbestand dat toelaat</translation>
    </message>
    <message>
        <source>names household %1, which is not in this store</source>
        <translation>noemt huishouden %1, dat niet in dit gegevensbestand staat</translation>
    </message>
    <message>
        <source>undoes server entry %1, which this store did not receive</source>
        <translation>maakt serverregel %1 ongedaan, die dit gegevensbestand niet ontving</translation>
    </message>
    <message>
        <source>undone by %1</source>
        <translation>ongedaan gemaakt door %1</translation>
    </message>
    <message>
        <source>does not know this device (%1); join again with connect</source>
        <translation>kent dit apparaat niet (%1); sluit opnieuw aan met connect</translation>
    </message>
    <message>
        <source>no longer holds entry %1 of its change log, which the server received: the log was cut off</source>
        <translation>bevat regel %1 van het wijzigingslogboek niet meer, die de server ontving: het logboek is ingekort</translation>
    </message>
    <message>
        <source>change log entry %1 (%2) was refused: %3</source>
        <translation>regel %1 van het wijzigingslogboek (%2) is geweigerd: %3</translation>
    </message>
    <message>
        <source>a change of type %1 cannot be taken back by the program yet: undo it by hand, then resolve the conflict</source>
        <translation>een wijziging van soort %1 kan het programma nog niet terugnemen: maak haar met de hand ongedaan en los dan het conflict op</translation>
    </message>
    <message>
        <source>is only taken back inside a transaction</source>
        <translation>wordt alleen binnen een transactie teruggenomen</translation>
    </message>
    <message>
        <source>taken back: the team server has another change of this household (a conflict)</source>
        <translation>teruggenomen: de teamserver heeft een andere wijziging van dit huishouden (een conflict)</translation>
    </message>
    <message>
        <source>Taken back after a conflict at the team server: %1</source>
        <translation>Teruggenomen na een conflict op de teamserver: %1</translation>
    </message>
    <message>
        <source>the connection was lost while sending change log entry %1; the next sync goes on from there (%2)</source>
        <translation>de verbinding viel weg tijdens het versturen van regel %1 van het wijzigingslogboek; de volgende synchronisatie gaat daar verder (%2)</translation>
    </message>
    <message>
        <source>the server holds no household data for this intake (it was erased, or sent by an older Regiedesk)</source>
        <translation>de server heeft geen gegevens van het huishouden bij deze intake (gewist, of verstuurd door een oudere Regiedesk)</translation>
    </message>
    <message>
        <source>team server</source>
        <translation>teamserver</translation>
    </message>
    <message>
        <source>this login has no Regiedesk account on the server (any more)</source>
        <translation>deze login heeft (niet langer) een Regiedesk-account op de server</translation>
    </message>
    <message>
        <source>names an unknown role &apos;%1&apos;</source>
        <translation>noemt een onbekende rol &apos;%1&apos;</translation>
    </message>
    <message>
        <source>has local accounts; a store joined to a team server works with the server&apos;s accounts: remove the local ones first (regiedesk-cli accounts remove)</source>
        <translation>heeft lokale accounts; een gegevensbestand dat op een teamserver is aangesloten werkt met de accounts van de server: verwijder eerst de lokale (regiedesk-cli accounts remove)</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>kan geen transactie beginnen</translation>
    </message>
    <message>
        <source>the figures could not be stored</source>
        <translation>de cijfers konden niet worden opgeslagen</translation>
    </message>
    <message>
        <source>no household has V-nummer %1</source>
        <translation>geen huishouden heeft V-nummer %1</translation>
    </message>
    <message>
        <source>the households of this import stayed on the device that made it: none of them is at an AZC location it knows</source>
        <translation>de huishoudens van deze import zijn gebleven op het apparaat dat hem maakte: geen ervan staat bij een AZC-locatie die het kent</translation>
    </message>
</context>
<context>
    <name>TaakstellingCommand</name>
    <message>
        <source>Set the vg of %1 to %2</source>
        <translation>Vg van %1 op %2 zetten</translation>
    </message>
    <message>
        <source>Set the population of %1 for %2 (art. 30)</source>
        <translation>Inwonertal van %1 voor %2 vastleggen (art. 30)</translation>
    </message>
    <message>
        <source>Herverdeling in %1</source>
        <translation>Herverdeling in %1</translation>
    </message>
</context>
<context>
    <name>TaakstellingMelding</name>
    <message>
        <source>No vg (the national number of status holders to house) has been set for %1, so its quotas cannot be computed yet.</source>
        <translation>Voor %1 is geen vg (het landelijke aantal te huisvesten vergunninghouders) vastgesteld, dus de taakstellingen kunnen nog niet worden berekend.</translation>
    </message>
</context>
<context>
    <name>TaakstellingService</name>
    <message numerus="yes">
        <source>the population of 1 January %1 is missing for %n gemeente(n) (%2); import it with import-population</source>
        <translation>
            <numerusform>het inwonertal van 1 januari %1 ontbreekt voor %n gemeente (%2); importeer het met import-population</numerusform>
            <numerusform>het inwonertal van 1 januari %1 ontbreekt voor %n gemeenten (%2); importeer het met import-population</numerusform>
        </translation>
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
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>the vg needs the date it is set</source>
        <translation>de vg vraagt de datum waarop die is vastgesteld</translation>
    </message>
    <message>
        <source>%1; a vg set this late needs a reason</source>
        <translation>%1; een vg die zo laat is vastgesteld, vraagt een reden</translation>
    </message>
    <message>
        <source>%1: a herverdeling shifts the taakstelling, which cannot be computed yet</source>
        <translation>%1: een herverdeling verschuift de taakstelling, en die kan nog niet worden berekend</translation>
    </message>
    <message>
        <source>taakstelling %1 with the shifts of %2 (%3 registered, %4 now) would be %5; a taakstelling cannot fall below zero</source>
        <translation>taakstelling %1 zou met de verschuivingen van %2 (%3 geregistreerd, %4 nu) %5 worden; een taakstelling kan niet onder nul komen</translation>
    </message>
    <message>
        <source>%1. The balance carried out of %2 changes, and with it every balance carried on up to %3: %4.</source>
        <translation>%1. Het saldo dat uit %2 doorloopt, verandert, en daarmee elk doorlopend saldo tot en met %3: %4.</translation>
    </message>
    <message>
        <source>%1. The balance carried out of %2 changes: %3.</source>
        <translation>%1. Het saldo dat uit %2 doorloopt, verandert: %3.</translation>
    </message>
</context>
<context>
    <name>TekstControle</name>
    <message>
        <source>is longer than the %1 characters allowed</source>
        <translation>is langer dan de toegestane %1 tekens</translation>
    </message>
    <message>
        <source>holds a control character (%1) at character %2; only tabs and line breaks are allowed</source>
        <translation>bevat een stuurteken (%1) op positie %2; alleen tabs en regeleinden zijn toegestaan</translation>
    </message>
    <message>
        <source>holds a control character (%1) at character %2; this field may hold no tabs, line breaks or other control characters</source>
        <translation>bevat een stuurteken (%1) op positie %2; dit veld mag geen tabs, regeleinden of andere stuurtekens bevatten</translation>
    </message>
</context>
<context>
    <name>Tijdigheid</name>
    <message numerus="yes">
        <source>the vg of %1 is set on %2, less than %n week(s) before the half-year starts on %3 (art. 29: the vg is published at least %n week(s) before)</source>
        <translation>
            <numerusform>de vg van %1 is vastgesteld op %2, minder dan %n week voordat het halfjaar op %3 begint (art. 29: de vg wordt minstens %n week vooraf bekendgemaakt)</numerusform>
            <numerusform>de vg van %1 is vastgesteld op %2, minder dan %n weken voordat het halfjaar op %3 begint (art. 29: de vg wordt minstens %n weken vooraf bekendgemaakt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the vg of %1 is set on %2, after the half-year started on %3 (art. 29: the vg is published at least %n week(s) before)</source>
        <translation>
            <numerusform>de vg van %1 is vastgesteld op %2, nadat het halfjaar op %3 was begonnen (art. 29: de vg wordt minstens %n week vooraf bekendgemaakt)</numerusform>
            <numerusform>de vg van %1 is vastgesteld op %2, nadat het halfjaar op %3 was begonnen (art. 29: de vg wordt minstens %n weken vooraf bekendgemaakt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended on %2: a new vg changes the quota of a closed half-year and the balance carried into every later half-year</source>
        <translation>%1 eindigde op %2: een nieuwe vg verandert de taakstelling van een afgesloten halfjaar en het saldo dat doorloopt naar elk later halfjaar</translation>
    </message>
    <message>
        <source>%1 started on %2; a herverdeling should be registered before the half-year starts (handbook 3.3.3)</source>
        <translation>%1 begon op %2; een herverdeling hoort te worden geregistreerd voordat het halfjaar begint (handreiking 3.3.3)</translation>
    </message>
    <message>
        <source>%1 ended on %2; a herverdeling should be registered before the half-year starts (handbook 3.3.3)</source>
        <translation>%1 eindigde op %2; een herverdeling hoort te worden geregistreerd voordat het halfjaar begint (handreiking 3.3.3)</translation>
    </message>
</context>
<context>
    <name>TijdlijnCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 instellen op %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <source>event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <source>unknown event %1</source>
        <translation>onbekende gebeurtenis %1</translation>
    </message>
    <message>
        <source>Add %1 on %2</source>
        <translation>%1 op %2 toevoegen</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>%1 van %2 verwijderen</translation>
    </message>
</context>
<context>
    <name>TijdlijnDialogen</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>Datum instellen</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Gebeurtenis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;No date (clear it)</source>
        <translation>Geen datum (&amp;wissen)</translation>
    </message>
    <message>
        <source>Municipality that housed them</source>
        <translation>Gemeente die het huishouden huisvestte</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Gebeurtenis toevoegen</translation>
    </message>
    <message>
        <source>Register refusal</source>
        <translation>Weigering vastleggen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>A no-show on the signing date already counts as a refusal</source>
        <translation>Niet verschijnen op de datum van ondertekening telt al als weigering</translation>
    </message>
    <message>
        <source>Judge refusal</source>
        <translation>Weigering beoordelen</translation>
    </message>
    <message>
        <source>&amp;Judgement:</source>
        <translation>&amp;Oordeel:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Only a mandatory placement criterion justifies a refusal</source>
        <translation>Alleen een dwingend plaatsingscriterium maakt een weigering terecht</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nieuwe kandidaat</translation>
    </message>
    <message>
        <source>&amp;Coupled on:</source>
        <translation>&amp;Gekoppeld op:</translation>
    </message>
    <message>
        <source>Reunification decision</source>
        <translation>Besluit gezinshereniging</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>Not decided (clear)</source>
        <translation>Geen besluit (wissen)</translation>
    </message>
    <message>
        <source>Joins household</source>
        <translation>Voegt zich bij huishouden</translation>
    </message>
    <message>
        <source>V-nummer of a member of the household these nareizigers join (empty: none):</source>
        <translation>V-nummer van een lid van het huishouden waarbij deze nareizigers zich voegen (leeg: geen):</translation>
    </message>
    <message>
        <source>none; in euro, e.g. 850,00</source>
        <translation>geen; in euro, bijv. 850,00</translation>
    </message>
    <message>
        <source>Lost rent claimed, in euro</source>
        <translation>Geclaimde huurderving, in euro</translation>
    </message>
    <message>
        <source>Lost rent (huurderving) the gemeente claims for the dwelling</source>
        <translation>Huurderving die de gemeente voor de woning claimt</translation>
    </message>
    <message>
        <source>Lost &amp;rent (euro):</source>
        <translation>&amp;Huurderving (euro):</translation>
    </message>
</context>
<context>
    <name>TijdlijnService</name>
    <message>
        <source>%1, judgement due %2</source>
        <translation>%1, oordeel uiterlijk %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>this event is not a date set on the timeline</source>
        <translation>deze gebeurtenis is geen datum die op de tijdlijn wordt ingesteld</translation>
    </message>
    <message>
        <source>event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <source>unknown event %1</source>
        <translation>onbekende gebeurtenis %1</translation>
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
        <source>unknown gemeente %1</source>
        <translation>onbekende gemeente %1</translation>
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
        <source>an uitschrijving needs the gemeente that housed the household</source>
        <translation>bij een uitschrijving hoort de gemeente die het huishouden heeft gehuisvest</translation>
    </message>
    <message>
        <source>a zelfhuisvester must be coupled before the uitschrijving</source>
        <translation>een zelfhuisvester moet vóór de uitschrijving gekoppeld zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot; first</source>
        <translation>&quot;%1&quot; vraagt eerst &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot be cleared while &quot;%1&quot; is set (%2)</source>
        <translation>kan niet worden gewist zolang &quot;%1&quot; is ingevuld (%2)</translation>
    </message>
    <message>
        <source>%1 lies before &quot;%2&quot; (%3)</source>
        <translation>%1 ligt vóór &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>%1 lies after &quot;%2&quot; (%3)</source>
        <translation>%1 ligt na &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>this event is not added on the timeline</source>
        <translation>deze gebeurtenis wordt niet op de tijdlijn toegevoegd</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>een geldige datum is verplicht</translation>
    </message>
    <message>
        <source>%1 lies before the intake interview (%2)</source>
        <translation>%1 ligt vóór het huisvestinggesprek (%2)</translation>
    </message>
    <message>
        <source>a dwelling can only be offered after coupling</source>
        <translation>een woning kan pas na de koppeling worden aangeboden</translation>
    </message>
    <message>
        <source>%1 lies before the coupling date %2</source>
        <translation>%1 ligt vóór de koppelingsdatum %2</translation>
    </message>
    <message>
        <source>the dwelling must lie in the coupled gemeente %1, not %2</source>
        <translation>de woning moet in de gekoppelde gemeente %1 liggen, niet in %2</translation>
    </message>
    <message>
        <source>a household may find housing itself only in the gemeente it is coupled to: couple it first</source>
        <translation>een huishouden kan alleen zelf huisvesting vinden in de gemeente waaraan het gekoppeld is: koppel het eerst</translation>
    </message>
    <message>
        <source>the household is registered in %1, not in the coupled gemeente %2</source>
        <translation>het huishouden is ingeschreven in %1, niet in de gekoppelde gemeente %2</translation>
    </message>
    <message>
        <source>(note cleared)</source>
        <translation>(notitie gewist)</translation>
    </message>
</context>
<context>
    <name>Toegang</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>niet toegestaan</translation>
    </message>
    <message>
        <source>a regievoerder needs a region (1 to 5)</source>
        <translation>een regievoerder heeft een regio nodig (1 tot en met 5)</translation>
    </message>
    <message>
        <source>only a regievoerder has a region</source>
        <translation>alleen een regievoerder heeft een regio</translation>
    </message>
    <message>
        <source>a region is 1 to 5, not %1</source>
        <translation>een regio is 1 tot en met 5, niet %1</translation>
    </message>
    <message>
        <source>a programmabegeleider needs an AZC location</source>
        <translation>een programmabegeleider heeft een AZC-locatie nodig</translation>
    </message>
    <message>
        <source>only a programmabegeleider has an AZC</source>
        <translation>alleen een programmabegeleider heeft een AZC</translation>
    </message>
    <message>
        <source>a gemeente account needs its gemeente&apos;s code (GM0000)</source>
        <translation>een gemeenteaccount heeft de code van zijn gemeente nodig (GM0000)</translation>
    </message>
    <message>
        <source>only a gemeente account has a gemeente</source>
        <translation>alleen een gemeenteaccount heeft een gemeente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a gemeente code (GM0000)</source>
        <translation>&apos;%1&apos; is geen gemeentecode (GM0000)</translation>
    </message>
    <message>
        <source>a provincie account needs its province</source>
        <translation>een provincieaccount heeft zijn provincie nodig</translation>
    </message>
    <message>
        <source>only a provincie account has a province</source>
        <translation>alleen een provincieaccount heeft een provincie</translation>
    </message>
    <message>
        <source>regievoerder (region %1)</source>
        <translation>regievoerder (regio %1)</translation>
    </message>
    <message>
        <source>programmabegeleider (%1)</source>
        <translation>programmabegeleider (%1)</translation>
    </message>
    <message>
        <source>gemeente (%1)</source>
        <translation>gemeente (%1)</translation>
    </message>
    <message>
        <source>provincie (%1)</source>
        <translation>provincie (%1)</translation>
    </message>
    <message>
        <source>the role %1 may not make a change of type %2</source>
        <translation>de rol %1 mag geen wijziging van het type %2 maken</translation>
    </message>
    <message>
        <source>a regievoerder of region %1 changes no household of region %2</source>
        <translation>een regievoerder van regio %1 wijzigt geen huishouden van regio %2</translation>
    </message>
    <message>
        <source>a programmabegeleider of %1 changes no household of %2</source>
        <translation>een programmabegeleider van %1 wijzigt geen huishouden van %2</translation>
    </message>
    <message>
        <source>(no AZC)</source>
        <translation>(geen AZC)</translation>
    </message>
    <message>
        <source>a regievoerder of region %1 sees reports of its region only</source>
        <translation>een regievoerder van regio %1 ziet alleen rapportages van de eigen regio</translation>
    </message>
    <message>
        <source>a gemeente account sees reports of its own gemeente (%1) only</source>
        <translation>een gemeenteaccount ziet alleen rapportages van de eigen gemeente (%1)</translation>
    </message>
    <message>
        <source>a provincie account sees reports of its own province (%1) only</source>
        <translation>een provincieaccount ziet alleen rapportages van de eigen provincie (%1)</translation>
    </message>
    <message>
        <source>a programmabegeleider does the intake of its AZC; reports are not its task</source>
        <translation>een programmabegeleider doet de intake van het eigen AZC; rapportages horen niet bij die taak</translation>
    </message>
    <message>
        <source>an account&apos;s name has 1 to 63 letters (a-z), digits, dots, hyphens or underscores</source>
        <translation>de naam van een account heeft 1 tot en met 63 letters (a-z), cijfers, punten, koppeltekens of lage streepjes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a province: one of %2</source>
        <translation>&apos;%1&apos; is geen provincie: een van %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: one of %2</source>
        <translation>&apos;%1&apos; is geen rol: een van %2</translation>
    </message>
    <message>
        <source>a province&apos;s device receives no households from the team server, so it computes no quota figures: those of its area are in the reports the regievoerders publish (Reports)</source>
        <translation>het apparaat van een provincie ontvangt geen huishoudens van de teamserver en berekent dus geen taakstellingscijfers: die van haar gebied staan in de rapporten die de regievoerders publiceren (Rapporten)</translation>
    </message>
    <message>
        <source>a programmabegeleider does the intake of its AZC; the quota figures are not its task</source>
        <translation>een programmabegeleider doet de intake van zijn AZC; de taakstellingscijfers zijn niet zijn taak</translation>
    </message>
    <message>
        <source>this account sees the quota figures of region %1 only</source>
        <translation>dit account ziet alleen de taakstellingscijfers van regio %1</translation>
    </message>
</context>
<context>
    <name>TolerantieCommand</name>
    <message>
        <source>Tolerated backlog %1</source>
        <translation>Getolereerde achterstand %1</translation>
    </message>
</context>
<context>
    <name>VoegBijCommand</name>
    <message>
        <source>Unlink from the household joined</source>
        <translation>Koppeling met het huishouden opheffen</translation>
    </message>
    <message>
        <source>Join the household of %1</source>
        <translation>Voegen bij het huishouden van %1</translation>
    </message>
    <message>
        <source>no household has a member with V-nummer %1</source>
        <translation>geen huishouden heeft een lid met V-nummer %1</translation>
    </message>
</context>
<context>
    <name>WeigeringCommand</name>
    <message>
        <source>Register refusal (%1)</source>
        <translation>Weigering vastleggen (%1)</translation>
    </message>
    <message>
        <source>Judge refusal: %1</source>
        <translation>Weigering beoordelen: %1</translation>
    </message>
    <message>
        <source>New candidate for the refused dwelling</source>
        <translation>Nieuwe kandidaat voor de geweigerde woning</translation>
    </message>
</context>
<context>
    <name>WeigeringService</name>
    <message>
        <source>a refusal needs an active coupling; the household has none</source>
        <translation>een weigering vraagt een actieve koppeling; het huishouden heeft die niet</translation>
    </message>
    <message>
        <source>the household has already moved</source>
        <translation>het huishouden is al verhuisd</translation>
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
        <source>%1 lies before the coupling date %2</source>
        <translation>%1 ligt vóór de koppelingsdatum %2</translation>
    </message>
    <message>
        <source>%1 is not the coupled gemeente %2 or one of its partners</source>
        <translation>%1 is niet de gekoppelde gemeente %2 of een van haar partnergemeenten</translation>
    </message>
    <message>
        <source>unknown refusal %1</source>
        <translation>onbekende weigering %1</translation>
    </message>
    <message>
        <source>this refusal was already judged %1 on %2</source>
        <translation>deze weigering is al op %2 als %1 beoordeeld</translation>
    </message>
    <message>
        <source>the judgement is justified or unjustified</source>
        <translation>het oordeel is terecht of onterecht</translation>
    </message>
    <message>
        <source>the reason must be one of: %1</source>
        <translation>de reden moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>%1 lies before the refusal on %2</source>
        <translation>%1 ligt vóór de weigering op %2</translation>
    </message>
    <message>
        <source>a new candidate was already coupled on %1</source>
        <translation>er is al op %1 een nieuwe kandidaat gekoppeld</translation>
    </message>
    <message>
        <source>%1 lies before the judgement on %2</source>
        <translation>%1 ligt vóór het oordeel op %2</translation>
    </message>
    <message>
        <source>a new candidate was coupled; clear that before reopening the judgement</source>
        <translation>er is een nieuwe kandidaat gekoppeld; maak dat eerst ongedaan voordat u het oordeel heropent</translation>
    </message>
    <message>
        <source>the lost rent must lie between 0 and %1 euro</source>
        <translation>de huurderving moet tussen 0 en %1 euro liggen</translation>
    </message>
    <message>
        <source>the refusal of %1 is not judged yet; the COA judges it before the next refusal</source>
        <translation>de weigering van %1 is nog niet beoordeeld; het COA beoordeelt die vóór de volgende weigering</translation>
    </message>
    <message>
        <source>%1 lies before the earlier refusal of %2 or its judgement on %3</source>
        <translation>%1 ligt vóór de eerdere weigering van %2 of het oordeel daarover op %3</translation>
    </message>
    <message>
        <source>a new candidate is coupled only after a justified refusal or the refusal that stopped mediation</source>
        <translation>een nieuwe kandidaat wordt alleen gekoppeld na een terechte weigering of na de weigering die de bemiddeling stopte</translation>
    </message>
    <message>
        <source>the refusal of %1 follows this judgement; remove it before reopening the judgement</source>
        <translation>de weigering van %1 volgt op dit oordeel; verwijder die voordat u het oordeel heropent</translation>
    </message>
</context>
<context>
    <name>Wijziging</name>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan: %1</translation>
    </message>
</context>
<context>
    <name>Woningprofiel</name>
    <message>
        <source>small dwellings</source>
        <translation>kleine woningen</translation>
    </message>
    <message>
        <source>family homes</source>
        <translation>gezinswoningen</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>ouderen</translation>
    </message>
    <message>
        <source>students</source>
        <translation>studenten</translation>
    </message>
    <message>
        <source>care</source>
        <translation>zorg</translation>
    </message>
</context>
<context>
    <name>Woningweigering</name>
    <message>
        <source>No-show at signing</source>
        <translation>Niet verschenen bij ondertekening</translation>
    </message>
    <message>
        <source>Refused on site</source>
        <translation>Ter plaatse geweigerd</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>terecht</translation>
    </message>
    <message>
        <source>unjustified</source>
        <translation>onterecht</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <source>first-degree family of a child under 18 elsewhere</source>
        <translation>familie in de eerste graad van een kind onder 18 elders</translation>
    </message>
    <message>
        <source>specialised treatment that cannot move</source>
        <translation>specialistische behandeling, niet verplaatsbaar</translation>
    </message>
    <message>
        <source>a very specific education</source>
        <translation>een zeer specifieke opleiding</translation>
    </message>
    <message>
        <source>an employment contract (half a year, 20 hours a week or more)</source>
        <translation>een arbeidscontract (een halfjaar, 20 uur per week of meer)</translation>
    </message>
    <message>
        <source>no mandatory placement criterion</source>
        <translation>geen dwingend plaatsingscriterium</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euro, such as 850 or 850,50</source>
        <translation>&quot;%1&quot; is geen bedrag in euro, zoals 850 of 850,50</translation>
    </message>
    <message>
        <source>%1 euro is more than a claim for lost rent can be</source>
        <translation>%1 euro is meer dan een claim voor huurderving kan bedragen</translation>
    </message>
</context>
<context>
    <name>ZelfhuisvesterCommand</name>
    <message>
        <source>Mark as zelfhuisvester</source>
        <translation>Markeren als zelfhuisvester</translation>
    </message>
    <message>
        <source>Unmark as zelfhuisvester</source>
        <translation>Markering als zelfhuisvester opheffen</translation>
    </message>
</context>
<context>
    <name>rd::AanmeldDialog</name>
    <message>
        <source>Sign in — Regiedesk</source>
        <translation>Aanmelden — Regiedesk</translation>
    </message>
    <message>
        <source>%1 has accounts. Sign in with your account&apos;s name and password; what you may change follows from its role.</source>
        <translation>%1 heeft accounts. Meld u aan met de naam en het wachtwoord van uw account; wat u mag wijzigen volgt uit de rol ervan.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Fout bij aanmelden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>This store has no accounts.</source>
        <translation>Dit gegevensbestand heeft geen accounts.</translation>
    </message>
</context>
<context>
    <name>rd::AccountDialog</name>
    <message>
        <source>Local accounts</source>
        <translation>Lokale accounts</translation>
    </message>
    <message>
        <source>lower case, e.g. j.devries</source>
        <translation>kleine letters, bijv. j.devries</translation>
    </message>
    <message>
        <source>Account error</source>
        <translation>Fout bij account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Account &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Set password of selected</source>
        <translation>Wachtwoord van gekozen &amp;instellen</translation>
    </message>
    <message>
        <source>Re&amp;move selected…</source>
        <translation>Gekozen verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role and scope</source>
        <translation>Rol en bereik</translation>
    </message>
    <message>
        <source>Everyone who opens this store signs in with one of these accounts; what they may change follows from its role. Only a beheerder changes the accounts.</source>
        <translation>Wie dit gegevensbestand opent, meldt zich aan met een van deze accounts; wat iemand mag wijzigen volgt uit de rol. Alleen een beheerder wijzigt de accounts.</translation>
    </message>
    <message>
        <source>This store has no accounts: whoever opens it may change everything. Make a first account, a beheerder, and from then on everyone signs in.</source>
        <translation>Dit gegevensbestand heeft geen accounts: wie het opent, mag alles wijzigen. Maak een eerste account, een beheerder, en vanaf dan meldt iedereen zich aan.</translation>
    </message>
    <message>
        <source>none: a beheerder sees everything</source>
        <translation>geen: een beheerder ziet alles</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gio:</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 tot en met 5</translation>
    </message>
    <message>
        <source>A&amp;ZC location:</source>
        <translation>A&amp;ZC-locatie:</translation>
    </message>
    <message>
        <source>the AZC location&apos;s name</source>
        <translation>de naam van de AZC-locatie</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>its code, e.g. GM0363</source>
        <translation>de code, bijv. GM0363</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vincie:</translation>
    </message>
    <message>
        <source>e.g. Gelderland</source>
        <translation>bijv. Gelderland</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Herhaal wachtwoord</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>de twee wachtwoorden verschillen</translation>
    </message>
    <message>
        <source>select an account in the list first</source>
        <translation>kies eerst een account in de lijst</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <source>Remove the account %1? Whoever uses it can no longer sign in.</source>
        <translation>Het account %1 verwijderen? Wie het gebruikt, kan zich niet meer aanmelden.</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>niet verwijderd</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Bereik:</translation>
    </message>
</context>
<context>
    <name>rd::AccountMenu</name>
    <message>
        <source>Local &amp;accounts…</source>
        <translation>Lo&amp;kale accounts…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Mijn &amp;wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Who may open this store, and as what: a beheerder&apos;s task</source>
        <translation>Wie dit gegevensbestand mag openen, en als wat: een taak van de beheerder</translation>
    </message>
    <message>
        <source>Change the password of the local account you work as</source>
        <translation>Het wachtwoord wijzigen van het lokale account waarmee u werkt</translation>
    </message>
    <message>
        <source>Your password is changed; sign in with the new one from now on.</source>
        <translation>Uw wachtwoord is gewijzigd; meld u voortaan aan met het nieuwe.</translation>
    </message>
</context>
<context>
    <name>rd::AfzenderDialog</name>
    <message>
        <source>Letter sender</source>
        <translation>Afzender van de brief</translation>
    </message>
    <message>
        <source>The sender line of the letter, e.g. COA, regio Noord-Nederland</source>
        <translation>De afzenderregel van de brief, bijv. COA, regio Noord-Nederland</translation>
    </message>
    <message>
        <source>The regievoerder the status holder can contact (required)</source>
        <translation>De regievoerder met wie de vergunninghouder contact kan opnemen (verplicht)</translation>
    </message>
    <message>
        <source>Phone number (phone or e-mail required)</source>
        <translation>Telefoonnummer (telefoon of e-mail verplicht)</translation>
    </message>
    <message>
        <source>E-mail address (phone or e-mail required)</source>
        <translation>E-mailadres (telefoon of e-mail verplicht)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Regievoerder</source>
        <translation>Regievoerder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Regievoerder:</source>
        <translation>&amp;Regievoerder:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>AZC locations and their contact lines</source>
        <translation>AZC-locaties en hun contactregels</translation>
    </message>
    <message>
        <source>The contact line (address, phone) of each AZC location, printed on the letters of its residents; double-click to edit</source>
        <translation>De contactregel (adres, telefoon) van elke AZC-locatie, afgedrukt op de brieven van de bewoners; dubbelklik om te bewerken</translation>
    </message>
    <message>
        <source>AZC location</source>
        <translation>AZC-locatie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>AZC &amp;locations of the region:</source>
        <translation>AZC-&amp;locaties van de regio:</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
</context>
<context>
    <name>rd::BereikKiezer</name>
    <message>
        <source>Scope level</source>
        <translation>Niveau van het bereik</translation>
    </message>
    <message>
        <source>Whose figures the report holds: the whole country, one COA region, one province (its own area) or one municipality (its own only)</source>
        <translation>Wiens cijfers het rapport bevat: het hele land, één COA-regio, één provincie (het eigen gebied) of één gemeente (alleen de eigen cijfers)</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Hele land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>The region, province or municipality; type to find one</source>
        <translation>De regio, provincie of gemeente; typ om er een te vinden</translation>
    </message>
</context>
<context>
    <name>rd::BriefDialog</name>
    <message>
        <source>&amp;Also in:</source>
        <translation>Oo&amp;k in:</translation>
    </message>
    <message>
        <source>Include the &amp;copy for the AZC location</source>
        <translation>&amp;Afschrift voor de AZC-locatie toevoegen</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Afd&amp;rukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Coupling letter</source>
        <translation>Koppelingsbrief</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <source>The language of the letter; Dutch is the authoritative text</source>
        <translation>De taal van de brief; de Nederlandse tekst is leidend</translation>
    </message>
    <message>
        <source>Also produce the letter in the status holder&apos;s own language, beside the Dutch one</source>
        <translation>De brief ook maken in de eigen taal van de vergunninghouder, naast de Nederlandse</translation>
    </message>
    <message>
        <source>Second letter language</source>
        <translation>Tweede taal van de brief</translation>
    </message>
    <message>
        <source>Add a copy marked for the AZC location after each letter</source>
        <translation>Na elke brief een afschrift voor de AZC-locatie toevoegen</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <source>The day the letter is handed out at the vergunninghoudergesprek</source>
        <translation>De dag waarop de brief bij het vergunninghoudergesprek wordt uitgereikt</translation>
    </message>
    <message>
        <source>Show the pages as they print (nothing is recorded)</source>
        <translation>De pagina&apos;s tonen zoals ze worden afgedrukt (er wordt niets vastgelegd)</translation>
    </message>
    <message>
        <source>Print the letters and record them in the case timeline</source>
        <translation>De brieven afdrukken en vastleggen in de tijdlijn van het dossier</translation>
    </message>
    <message>
        <source>Save the letters as PDF and record them in the case timeline</source>
        <translation>De brieven opslaan als PDF en vastleggen in de tijdlijn van het dossier</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>no letter templates were found</source>
        <translation>er zijn geen briefsjablonen gevonden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %Ln person(s), coupled to %3 on %4</source>
        <translation>
            <numerusform>%1 (%2), %Ln persoon, op %4 gekoppeld aan %3</numerusform>
            <numerusform>%1 (%2), %Ln personen, op %4 gekoppeld aan %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No coupling letter can be made for this household.</source>
        <translation>Voor dit huishouden kan geen koppelingsbrief worden gemaakt.</translation>
    </message>
    <message>
        <source>⚠ Missing: %1</source>
        <translation>⚠ Ontbreekt: %1</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>de printer kon niet worden gestart</translation>
    </message>
    <message>
        <source>Coupling letter — preview</source>
        <translation>Koppelingsbrief — afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print coupling letter</source>
        <translation>Koppelingsbrief afdrukken</translation>
    </message>
    <message>
        <source>Save coupling letter</source>
        <translation>Koppelingsbrief opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Saved and recorded: %1</source>
        <translation>Opgeslagen en vastgelegd: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>rd::BriefReeksDialog</name>
    <message>
        <source>&amp;One PDF with every letter</source>
        <translation>&amp;Eén PDF met alle brieven</translation>
    </message>
    <message>
        <source>One PDF &amp;per household, in a folder</source>
        <translation>Eén PDF &amp;per huishouden, in een map</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Make letters</source>
        <translation>Brieven &amp;maken</translation>
    </message>
    <message>
        <source>Coupling letters for a day</source>
        <translation>Koppelingsbrieven van een dag</translation>
    </message>
    <message>
        <source>Coupling date</source>
        <translation>Koppelingsdatum</translation>
    </message>
    <message>
        <source>The households whose coupling was made on this day</source>
        <translation>De huishoudens waarvan de koppeling op deze dag is gemaakt</translation>
    </message>
    <message>
        <source>Households coupled on this day</source>
        <translation>Huishoudens die op deze dag zijn gekoppeld</translation>
    </message>
    <message>
        <source>Untick a household to leave it out</source>
        <translation>Vink een huishouden uit om het over te slaan</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation>Uitvoerbestand of -map</translation>
    </message>
    <message>
        <source>Write the letters and record them in the case timelines</source>
        <translation>De brieven schrijven en vastleggen in de tijdlijnen van de dossiers</translation>
    </message>
    <message>
        <source>Coupled &amp;on:</source>
        <translation>&amp;Gekoppeld op:</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>&amp;Huishoudens:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Uitvoer:</translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation>Be&amp;stand of map:</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Huishouden %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %Ln person(s)</source>
        <translation>
            <numerusform>%1 (%2), %Ln persoon</numerusform>
            <numerusform>%1 (%2), %Ln personen</numerusform>
        </translation>
    </message>
    <message>
        <source>No household in this region was coupled on this day.</source>
        <translation>Geen huishouden in deze regio is op deze dag gekoppeld.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) coupled on this day.</source>
        <translation>
            <numerusform>%Ln huishouden op deze dag gekoppeld.</numerusform>
            <numerusform>%Ln huishoudens op deze dag gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save coupling letters</source>
        <translation>Koppelingsbrieven opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the coupling letters</source>
        <translation>Map voor de koppelingsbrieven</translation>
    </message>
    <message>
        <source>Writing coupling letters…</source>
        <translation>Koppelingsbrieven worden geschreven…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Coupling letters</source>
        <translation>Koppelingsbrieven</translation>
    </message>
    <message>
        <source>No letters were written: %1</source>
        <translation>Er zijn geen brieven geschreven: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written and nothing recorded.</source>
        <translation>Geannuleerd: er is niets geschreven en niets vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written and recorded.</source>
        <translation>
            <numerusform>%Ln brief geschreven en vastgelegd.</numerusform>
            <numerusform>%Ln brieven geschreven en vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) got no letter:</source>
        <translation>
            <numerusform>%Ln huishouden kreeg geen brief:</numerusform>
            <numerusform>%Ln huishoudens kregen geen brief:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected household(s).</source>
        <translation>
            <numerusform>%Ln gekozen huishouden.</numerusform>
            <numerusform>%Ln gekozen huishoudens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupling letters for the selected cases</source>
        <translation>Koppelingsbrieven voor de gekozen dossiers</translation>
    </message>
    <message>
        <source>Selected households</source>
        <translation>Gekozen huishoudens</translation>
    </message>
    <message>
        <source>⚠ %1 — warning: %2</source>
        <translation>⚠ %1 — waarschuwing: %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Warning for %Ln household(s), marked in the list; their letters are made all the same.</source>
        <translation>
            <numerusform>⚠ Waarschuwing voor %Ln huishouden, gemarkeerd in de lijst; de brief wordt toch gemaakt.</numerusform>
            <numerusform>⚠ Waarschuwing voor %Ln huishoudens, gemarkeerd in de lijst; de brieven worden toch gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) with a warning:</source>
        <translation>
            <numerusform>%Ln brief met een waarschuwing:</numerusform>
            <numerusform>%Ln brieven met een waarschuwing:</numerusform>
        </translation>
    </message>
    <message>
        <source>Each household&apos;s letter in Dutch and, beside it, in the language recorded at intake; or one language for every letter</source>
        <translation>De brief van elk huishouden in het Nederlands en daarnaast in de taal die bij de intake is vastgelegd; of één taal voor alle brieven</translation>
    </message>
    <message>
        <source>Each household&apos;s own language, next to Dutch</source>
        <translation>Eigen taal van elk huishouden, naast Nederlands</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) only in Dutch: there is no letter template for their language:</source>
        <translation>
            <numerusform>%Ln huishouden alleen in het Nederlands: er is geen briefsjabloon voor de eigen taal:</numerusform>
            <numerusform>%Ln huishoudens alleen in het Nederlands: er is geen briefsjabloon voor hun taal:</numerusform>
        </translation>
    </message>
    <message>
        <source>no language recorded</source>
        <translation>geen taal vastgelegd</translation>
    </message>
</context>
<context>
    <name>rd::BriefWerk</name>
    <message>
        <source>Choose a household in the queue first, then make its coupling letter.</source>
        <translation>Kies eerst een huishouden in de wachtrij en maak dan de koppelingsbrief.</translation>
    </message>
    <message>
        <source>Letter sender saved.</source>
        <translation>Afzender van de brief opgeslagen.</translation>
    </message>
</context>
<context>
    <name>rd::ConflictenDialog</name>
    <message>
        <source>Take the &amp;server&apos;s version</source>
        <translation>Versie van de &amp;server nemen</translation>
    </message>
    <message>
        <source>Keep &amp;mine (make it again)</source>
        <translation>&amp;Mijn versie houden (opnieuw maken)</translation>
    </message>
    <message>
        <source>Conflicts with the team server</source>
        <translation>Conflicten met de teamserver</translation>
    </message>
    <message>
        <source>A conflict is a change of yours that reached the team server after another change of the same household. This store shows the server&apos;s version; choose per row.</source>
        <translation>Een conflict is een wijziging van u die de teamserver bereikte na een andere wijziging van hetzelfde huishouden. Dit gegevensbestand toont de versie van de server; kies per regel.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Versie van de server</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Niet opgelost: %1</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Conflict %1 opgelost.</translation>
    </message>
</context>
<context>
    <name>rd::CriteriaSectie</name>
    <message>
        <source>Mandatory placement criteria</source>
        <translation>Dwingende plaatsingscriteria</translation>
    </message>
    <message>
        <source>Ties that decide where the household must live (handbook 3.2)</source>
        <translation>Bindingen die bepalen waar het huishouden moet wonen (handreiking 3.2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Check when this criterion applies: &quot;%1&quot;</source>
        <translation>Vink aan als dit criterium van toepassing is: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: municipality</source>
        <translation>%1: gemeente</translation>
    </message>
    <message>
        <source>The municipality this criterion ties the household to; type part of its name</source>
        <translation>De gemeente waaraan dit criterium het huishouden bindt; typ een deel van de naam</translation>
    </message>
    <message>
        <source>%1: place</source>
        <translation>%1: plaats</translation>
    </message>
    <message>
        <source>The place (town, hospital or school location), when no municipality applies or to be more precise</source>
        <translation>De plaats (woonplaats, ziekenhuis of schoollocatie), als er geen gemeente van toepassing is of om preciezer te zijn</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: toelichting</translation>
    </message>
    <message>
        <source>A short note on the criterion</source>
        <translation>Een korte toelichting op het criterium</translation>
    </message>
    <message>
        <source>Do not write medical details here.</source>
        <translation>Schrijf hier geen medische gegevens.</translation>
    </message>
    <message>
        <source>Only the place; no medical details</source>
        <translation>Alleen de plaats; geen medische gegevens</translation>
    </message>
    <message>
        <source>no municipality is called &quot;%1&quot;; choose one from the list</source>
        <translation>er is geen gemeente met de naam &quot;%1&quot;; kies er een uit de lijst</translation>
    </message>
</context>
<context>
    <name>rd::DatumVeld</name>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1 bekend</translation>
    </message>
    <message>
        <source>Check when the date is known. %1</source>
        <translation>Vink aan als de datum bekend is. %1</translation>
    </message>
</context>
<context>
    <name>rd::FaseGrafiek</name>
    <message>
        <source>Phases of the household against their norms</source>
        <translation>Fasen van het huishouden tegenover hun norm</translation>
    </message>
    <message>
        <source>%1: not begun</source>
        <translation>%1: nog niet</translation>
    </message>
    <message>
        <source>%1 (to today)</source>
        <translation>%1 (tot nu)</translation>
    </message>
    <message numerus="yes">
        <source>! +%n day(s)</source>
        <translation>
            <numerusform>! +%n dag</numerusform>
            <numerusform>! +%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>Geen huishouden gekozen</translation>
    </message>
    <message>
        <source>Days taken (a running phase up to today)</source>
        <translation>Gebruikte dagen</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Over the norm (hatched)</source>
        <translation>Boven de norm</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) taken</source>
        <translation>
            <numerusform>%n dag gebruikt</numerusform>
            <numerusform>%n dagen gebruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>norm %n day(s)</source>
        <translation>
            <numerusform>norm %n dag</numerusform>
            <numerusform>norm %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>Phases against their norms on %1 (today)</source>
        <translation>Fasen tegenover de norm op %1 (vandaag)</translation>
    </message>
    <message>
        <source>%1: phases against their norms on %2 (today)</source>
        <translation>%1: fasen op %2 (vandaag)</translation>
    </message>
</context>
<context>
    <name>rd::GemeenteContactVelden</name>
    <message>
        <source>Contact at the municipality</source>
        <translation>Contact bij de gemeente</translation>
    </message>
    <message>
        <source>Name, phone and e-mail are printed on the coupling letter; a letter for a municipality without them leaves its contact out</source>
        <translation>Naam, telefoon en e-mail worden op de koppelingsbrief afgedrukt; een brief voor een gemeente zonder deze gegevens laat het contact weg</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contactnaam</translation>
    </message>
    <message>
        <source>The person or team the status holder and the COA contact about the housing; printed on the coupling letter</source>
        <translation>De persoon of het team met wie de vergunninghouder en het COA contact opnemen over de huisvesting; wordt op de koppelingsbrief afgedrukt</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contacttelefoon</translation>
    </message>
    <message>
        <source>Digits, spaces and hyphens, a &quot;+&quot; at the start, e.g. 020 552 3000 or +31 20 552 3000; printed on the coupling letter</source>
        <translation>Cijfers, spaties en streepjes, een &quot;+&quot; aan het begin, bijv. 020 552 3000 of +31 20 552 3000; wordt op de koppelingsbrief afgedrukt</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact-e-mail</translation>
    </message>
    <message>
        <source>An e-mail address such as wonen@gemeente.nl; printed on the coupling letter</source>
        <translation>Een e-mailadres zoals wonen@gemeente.nl; wordt op de koppelingsbrief afgedrukt</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Contactnotitie</translation>
    </message>
    <message>
        <source>Anything else about reaching the municipality, for you only (never on a letter), e.g. office hours</source>
        <translation>Wat u verder wilt weten over het bereiken van de gemeente, alleen voor uzelf (nooit op een brief), bijv. openingstijden</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Contact note:</source>
        <translation>&amp;Contactnotitie:</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
</context>
<context>
    <name>rd::GemeenteDialog</name>
    <message>
        <source>Housing stock</source>
        <translation>Woningvoorraad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Municipality %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
    <message>
        <source>The municipality&apos;s CBS code</source>
        <translation>De CBS-code van de gemeente</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>The COA region, which follows from the province</source>
        <translation>De COA-regio, die volgt uit de provincie</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>&amp;Provincie:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>&amp;Housing stock</source>
        <translation>&amp;Woningvoorraad</translation>
    </message>
    <message>
        <source>What the municipality can offer; the coupling check warns when a household needs something that is not ticked</source>
        <translation>Wat de gemeente kan bieden; de koppelcontrole waarschuwt als een huishouden iets nodig heeft dat niet is aangevinkt</translation>
    </message>
    <message>
        <source>One-person dwellings: studios and small flats for a household of one</source>
        <translation>Eenpersoonswoningen: studio&apos;s en kleine appartementen voor een huishouden van één persoon</translation>
    </message>
    <message>
        <source>Family homes: dwellings for households of four or more</source>
        <translation>Gezinswoningen: woningen voor huishoudens van vier of meer personen</translation>
    </message>
    <message>
        <source>Dwellings suited to the elderly (65 and older): ground floor or with a lift</source>
        <translation>Woningen geschikt voor ouderen (65 jaar en ouder): gelijkvloers of met een lift</translation>
    </message>
    <message>
        <source>Student rooms and housing for young people in education</source>
        <translation>Studentenkamers en woonruimte voor jongeren die een opleiding volgen</translation>
    </message>
    <message>
        <source>Dwellings adapted to a visible physical limitation, such as wheelchair-accessible homes</source>
        <translation>Woningen die zijn aangepast aan een zichtbare lichamelijke beperking, zoals rolstoeltoegankelijke woningen</translation>
    </message>
    <message>
        <source>Housing stock: %1</source>
        <translation>Woningvoorraad: %1</translation>
    </message>
    <message>
        <source>Nothing ticked: the housing stock is unknown and gives no warning.</source>
        <translation>Niets aangevinkt: de woningvoorraad is onbekend en geeft geen waarschuwing.</translation>
    </message>
    <message>
        <source>Working agreements with the municipality</source>
        <translation>Werkafspraken met de gemeente</translation>
    </message>
    <message>
        <source>No personal or medical data here: notes are about the municipality, never about a status holder.</source>
        <translation>Geen persoonsgegevens of medische gegevens: notities gaan over de gemeente, nooit over een vergunninghouder.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>&amp;Partnerships</source>
        <translation>Samenwerkings&amp;verbanden</translation>
    </message>
    <message>
        <source>Partnerships it is a member of</source>
        <translation>Samenwerkingsverbanden waarvan de gemeente lid is</translation>
    </message>
    <message>
        <source>The partnerships this municipality is a member of</source>
        <translation>De samenwerkingsverbanden waarvan deze gemeente lid is</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Uittreden</translation>
    </message>
    <message>
        <source>Leave the selected partnership now (the coordinator cannot leave)</source>
        <translation>Nu uittreden uit het gekozen samenwerkingsverband (de coördinator kan niet uittreden)</translation>
    </message>
    <message>
        <source>Partnership to join</source>
        <translation>Samenwerkingsverband om tot toe te treden</translation>
    </message>
    <message>
        <source>Other partnerships of this region</source>
        <translation>Andere samenwerkingsverbanden in deze regio</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Toetreden</translation>
    </message>
    <message>
        <source>Join the chosen partnership now</source>
        <translation>Nu toetreden tot het gekozen samenwerkingsverband</translation>
    </message>
    <message>
        <source>Join ano&amp;ther:</source>
        <translation>Toetreden tot &amp;ander:</translation>
    </message>
    <message>
        <source>Close without saving the edits</source>
        <translation>Sluiten zonder de wijzigingen op te slaan</translation>
    </message>
    <message>
        <source>Municipality %1 (%2)</source>
        <translation>Gemeente %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (coordinator)</source>
        <translation>%1 (coördinator)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n lid: %1</numerusform>
            <numerusform>%n leden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No other partnership in this region</source>
        <translation>Geen ander samenwerkingsverband in deze regio</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Choose a partnership to join.</source>
        <translation>Kies een samenwerkingsverband om tot toe te treden.</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Niet toegetreden: %1</translation>
    </message>
    <message>
        <source>Select a partnership to leave.</source>
        <translation>Kies een samenwerkingsverband om uit te treden.</translation>
    </message>
    <message>
        <source>Not left: %1</source>
        <translation>Niet uitgetreden: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The changes to %1 have not been saved. Save them?</source>
        <translation>De wijzigingen aan %1 zijn niet opgeslagen. Nu opslaan?</translation>
    </message>
    <message>
        <source>Save the housing stock, contact and notes</source>
        <translation>De woningvoorraad, het contact en de notities opslaan</translation>
    </message>
</context>
<context>
    <name>rd::GesprekSectie</name>
    <message>
        <source>Intake interview &amp;held (huisvestinggesprek)</source>
        <translation>Huisvestinggesprek &amp;gehouden</translation>
    </message>
    <message>
        <source>Intake interview held</source>
        <translation>Huisvestinggesprek gehouden</translation>
    </message>
    <message>
        <source>Check when the intake interview took place; its answers are below</source>
        <translation>Vink aan als het huisvestinggesprek heeft plaatsgevonden; de antwoorden staan hieronder</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Datum gesprek</translation>
    </message>
    <message>
        <source>The date of the intake interview: not before the permit date</source>
        <translation>De datum van het huisvestinggesprek: niet vóór de vergunningdatum</translation>
    </message>
    <message>
        <source>Interview AZC</source>
        <translation>AZC van het gesprek</translation>
    </message>
    <message>
        <source>The AZC location where the interview took place</source>
        <translation>De AZC-locatie waar het gesprek plaatsvond</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolktaal</translation>
    </message>
    <message>
        <source>The language an interpreter translated to, if any</source>
        <translation>De taal waarin een tolk vertaalde, als er een tolk was</translation>
    </message>
    <message>
        <source>Expected family members to follow</source>
        <translation>Verwachte nareizigers</translation>
    </message>
    <message>
        <source>How many family members are expected to follow (nareizigers)</source>
        <translation>Hoeveel gezinsleden naar verwachting nareizen (nareizigers)</translation>
    </message>
    <message>
        <source>Family reunification status</source>
        <translation>Status gezinshereniging</translation>
    </message>
    <message>
        <source>Where the family reunification application stands</source>
        <translation>Hoe ver de aanvraag voor gezinshereniging is</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Housing needs</source>
        <translation>Woonwensen</translation>
    </message>
    <message>
        <source>What the household needs of a dwelling: size, ground floor, near a school, ...</source>
        <translation>Wat het huishouden nodig heeft van een woning: grootte, gelijkvloers, dicht bij een school, ...</translation>
    </message>
    <message>
        <source>Education wish</source>
        <translation>Opleidingswens</translation>
    </message>
    <message>
        <source>The education the person wants to follow</source>
        <translation>De opleiding die de persoon wil volgen</translation>
    </message>
    <message>
        <source>Work wish</source>
        <translation>Werkwens</translation>
    </message>
    <message>
        <source>The work the person wants to do</source>
        <translation>Het werk dat de persoon wil doen</translation>
    </message>
    <message>
        <source>Interview &amp;date:</source>
        <translation>&amp;Datum gesprek:</translation>
    </message>
    <message>
        <source>&amp;AZC:</source>
        <translation>&amp;AZC:</translation>
    </message>
    <message>
        <source>Interpreter &amp;language:</source>
        <translation>&amp;Tolktaal:</translation>
    </message>
    <message>
        <source>E&amp;xpected to follow:</source>
        <translation>Verwachte &amp;nareizigers:</translation>
    </message>
    <message>
        <source>&amp;Reunification:</source>
        <translation>Ge&amp;zinshereniging:</translation>
    </message>
    <message>
        <source>&amp;Housing needs:</source>
        <translation>W&amp;oonwensen:</translation>
    </message>
    <message>
        <source>&amp;Education wish:</source>
        <translation>Op&amp;leidingswens:</translation>
    </message>
    <message>
        <source>&amp;Work wish:</source>
        <translation>Wer&amp;kwens:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Huisvestinggesprek</translation>
    </message>
    <message>
        <source>Needs very &amp;specific housing (special group)</source>
        <translation>Zeer specifieke huis&amp;vesting nodig (bijzondere groep)</translation>
    </message>
    <message>
        <source>Needs very specific housing</source>
        <translation>Zeer specifieke huisvesting nodig</translation>
    </message>
    <message>
        <source>Handbook 3.3.4: very specific housing is needed because of a (visible) limitation. Only the flag; never write a diagnosis.</source>
        <translation>Handreiking 3.3.4: er is zeer specifieke huisvesting nodig vanwege een (zichtbare) beperking. Alleen de markering; schrijf nooit een diagnose op.</translation>
    </message>
</context>
<context>
    <name>rd::GewichtenDialog</name>
    <message>
        <source>Suggestion weights</source>
        <translation>Gewichten van de suggesties</translation>
    </message>
    <message>
        <source>How much each factor counts in the suggestions and the plan for the week, from 0 (not at all) to 10. Origin, language, religion and sex are never a factor. The change is one step in the change log; Edit ▸ Undo takes it back.</source>
        <translation>Hoe zwaar elke factor telt in de suggesties en het plan voor de week, van 0 (helemaal niet) tot 10. Herkomst, taal, geloof en geslacht zijn nooit een factor. De wijziging is één stap in het wijzigingslogboek; Bewerken ▸ Ongedaan maken draait haar terug.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Er is geen gegevensbestand geopend.</translation>
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
    <name>rd::HuishoudenForm</name>
    <message>
        <source>Intake form sections</source>
        <translation>Onderdelen van het intakeformulier</translation>
    </message>
    <message>
        <source>Household and &amp;persons</source>
        <translation>Huishouden en &amp;personen</translation>
    </message>
    <message>
        <source>Intake &amp;interview and criteria</source>
        <translation>Huisvestinggesprek en &amp;criteria</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save household</source>
        <translation>Huishouden opslaan</translation>
    </message>
    <message>
        <source>Store the household (Ctrl+S); possible when no field needs attention</source>
        <translation>Het huishouden opslaan (Ctrl+S); kan zodra geen veld meer aandacht vraagt</translation>
    </message>
    <message>
        <source>Fields that need attention</source>
        <translation>Velden die aandacht vragen</translation>
    </message>
    <message>
        <source>Activate an entry (double-click or Enter) to go to its field</source>
        <translation>Activeer een regel (dubbelklik of Enter) om naar het veld te gaan</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>er is geen gegevensbestand geopend</translation>
    </message>
    <message>
        <source>Person %1, %2</source>
        <translation>Persoon %1, %2</translation>
    </message>
    <message>
        <source>Lease signed</source>
        <translation>Huurcontract getekend</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>Ingang huurcontract</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verhuizing</translation>
    </message>
    <message>
        <source>Uitschrijving</source>
        <translation>Uitschrijving</translation>
    </message>
    <message>
        <source>Housing municipality</source>
        <translation>Huisvestende gemeente</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before the household can be saved</source>
        <translation>
            <numerusform>%n veld vraagt aandacht voordat het huishouden kan worden opgeslagen</numerusform>
            <numerusform>%n velden vragen aandacht voordat het huishouden kan worden opgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>This household has changes that are not saved. Save them now?</source>
        <translation>Dit huishouden heeft wijzigingen die niet zijn opgeslagen. Nu opslaan?</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
</context>
<context>
    <name>rd::HuishoudenSectie</name>
    <message>
        <source>AZC location</source>
        <translation>AZC-locatie</translation>
    </message>
    <message>
        <source>The reception centre where the household lives now; it decides the region of placement</source>
        <translation>Het opvangcentrum waar het huishouden nu woont; dat bepaalt de regio van plaatsing</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Regular, resettled (UNHCR), B-9 permit or unaccompanied minor</source>
        <translation>Regulier, hervestiging (UNHCR), B9-vergunning of alleenstaande minderjarige</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Vergunningdatum</translation>
    </message>
    <message>
        <source>The date the residence permit was granted: phase 1 starts</source>
        <translation>De datum waarop de verblijfsvergunning is verleend: fase 1 begint</translation>
    </message>
    <message>
        <source>BRP registration date</source>
        <translation>Datum inschrijving BRP</translation>
    </message>
    <message>
        <source>The registration in the population register (BRP), which gives the BSN; not before the permit</source>
        <translation>De inschrijving in de BRP, die het BSN oplevert; niet vóór de vergunning</translation>
    </message>
    <message>
        <source>Family may come from</source>
        <translation>Gezin mag komen vanaf</translation>
    </message>
    <message>
        <source>Family reunification: the family may come from this date (placement waits up to 3 months)</source>
        <translation>Gezinshereniging: het gezin mag vanaf deze datum komen (de plaatsing wacht tot 3 maanden)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>&amp;AZC:</source>
        <translation>&amp;AZC:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Cate&amp;gorie:</translation>
    </message>
    <message>
        <source>Family may come &amp;from:</source>
        <translation>Gezin &amp;mag komen vanaf:</translation>
    </message>
    <message>
        <source>Per&amp;mit date:</source>
        <translation>Vergunning&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;BRP registration:</source>
        <translation>BRP-i&amp;nschrijving:</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Persons of the household</source>
        <translation>Personen van het huishouden</translation>
    </message>
    <message>
        <source>One row per person; F2 or typing edits a cell, Space toggles a check box</source>
        <translation>Eén regel per persoon; F2 of typen bewerkt een cel, spatie zet een vinkje aan of uit</translation>
    </message>
    <message>
        <source>A&amp;dd person</source>
        <translation>Persoon &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Add a row for a new person (Alt+D)</source>
        <translation>Een regel toevoegen voor een nieuwe persoon (Alt+T)</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>Persoon &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected person from the household (Alt+R)</source>
        <translation>De gekozen persoon uit het huishouden verwijderen (Alt+V)</translation>
    </message>
    <message>
        <source>Reference person</source>
        <translation>Referent</translation>
    </message>
</context>
<context>
    <name>rd::HuishoudenStatusRegel</name>
    <message>
        <source>De&amp;cide…</source>
        <translation>&amp;Besluiten…</translation>
    </message>
    <message>
        <source>At the end of the reunification block: house as single or wait for the family (undo with Ctrl+Z)</source>
        <translation>Aan het einde van de blokkade voor gezinshereniging: als alleenstaande huisvesten of op het gezin wachten (ongedaan maken met Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Zelfhuisvester (found housing in the coupled gemeente)</source>
        <translation>&amp;Zelfhuisvester (vond zelf een woning in de gekoppelde gemeente)</translation>
    </message>
    <message>
        <source>Zelfhuisvester</source>
        <translation>Zelfhuisvester</translation>
    </message>
    <message>
        <source>The household found a home itself (handbook 3.4). Only in the coupled gemeente (or a member of the coupled partnership), and only while coupled; it counts for that gemeente once registered there. Undo with Ctrl+Z.</source>
        <translation>Het huishouden heeft zelf een woning gevonden (handreiking 3.4). Alleen in de gekoppelde gemeente (of een lid van het gekoppelde samenwerkingsverband) en alleen zolang het gekoppeld is; het telt voor die gemeente mee zodra het daar is ingeschreven. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Family reunification: the family may come from %1; placement is blocked until %2.</source>
        <translation>Gezinshereniging: het gezin mag komen vanaf %1; de plaatsing is geblokkeerd tot %2.</translation>
    </message>
    <message>
        <source>Family reunification: the family may come from %1; the placement block ended on %2.</source>
        <translation>Gezinshereniging: het gezin mag komen vanaf %1; de blokkade van de plaatsing is afgelopen op %2.</translation>
    </message>
    <message>
        <source>Decision: not taken yet.</source>
        <translation>Besluit: nog niet genomen.</translation>
    </message>
    <message>
        <source>Decision: %1 (on %2).</source>
        <translation>Besluit: %1 (op %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) of family members join this one.</source>
        <translation>
            <numerusform>%n huishouden van nareizigers sluit bij dit huishouden aan.</numerusform>
            <numerusform>%n huishoudens van nareizigers sluiten bij dit huishouden aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Joins household…</source>
        <translation>Voegt zich bi&amp;j…</translation>
    </message>
    <message>
        <source>For nareizigers: link this household to the household of the status holder they join, by a member&apos;s V-nummer (undo with Ctrl+Z)</source>
        <translation>Voor nareizigers: koppel dit huishouden aan het huishouden van de vergunninghouder bij wie zij zich voegen, via het V-nummer van een lid (ongedaan maken met Ctrl+Z)</translation>
    </message>
    <message>
        <source>Joins no other household.</source>
        <translation>Voegt zich niet bij een ander huishouden.</translation>
    </message>
    <message>
        <source>Nareizigers: joins the household of %1.</source>
        <translation>Nareizigers: voegt zich bij het huishouden van %1.</translation>
    </message>
</context>
<context>
    <name>rd::HuishoudenZoekDialog</name>
    <message>
        <source>Find household</source>
        <translation>Huishouden zoeken</translation>
    </message>
    <message>
        <source>Name, V-number or BSN of any member</source>
        <translation>Naam, V-nummer of BSN van een lid</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>Een huishouden zoeken</translation>
    </message>
    <message>
        <source>Every household: waiting, coupled, housed or stopped. Each word typed begins a first name or surname (accents and case do not matter); digits begin a V-number or BSN. Up and Down choose, Enter opens.</source>
        <translation>Alle huishoudens: wachtend, gekoppeld, gehuisvest of gestopt. Elk getypt woord is het begin van een voornaam of achternaam (accenten en hoofdletters maken niet uit); cijfers zijn het begin van een V-nummer of BSN. Pijl omhoog en omlaag kiezen, Enter opent.</translation>
    </message>
    <message>
        <source>Households found</source>
        <translation>Gevonden huishoudens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gevonden op</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>naam van %1</translation>
    </message>
    <message>
        <source>V-number of %1</source>
        <translation>V-nummer van %1</translation>
    </message>
    <message>
        <source>BSN of %1</source>
        <translation>BSN van %1</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Er is geen gegevensbestand geopend.</translation>
    </message>
    <message>
        <source>Type a name, V-number or BSN.</source>
        <translation>Typ een naam, V-nummer of BSN.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <source>No household found.</source>
        <translation>Geen huishouden gevonden.</translation>
    </message>
    <message>
        <source>The first %1 households found; type more to narrow it down.</source>
        <translation>De eerste %1 gevonden huishoudens; typ meer om het zoeken te verfijnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>%n huishouden gevonden.</numerusform>
            <numerusform>%n huishoudens gevonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::JournaalModel</name>
    <message>
        <source>%1 (takes back entry %2)</source>
        <translation>%1 (maakt regel %2 ongedaan)</translation>
    </message>
    <message>
        <source>Entry %1, type %2, on device %3; hash %4</source>
        <translation>Regel %1, soort %2, op apparaat %3; hash %4</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>%1 (from before the change log)</source>
        <translation>%1 (van vóór het journaal)</translation>
    </message>
</context>
<context>
    <name>rd::KoppelDialog</name>
    <message>
        <source>Couple to %1</source>
        <translation>Koppelen aan %1</translation>
    </message>
    <message>
        <source>What to weigh per household</source>
        <translation>Wat per huishouden mee te wegen</translation>
    </message>
    <message>
        <source>Household / item</source>
        <translation>Huishouden / punt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Reason for the coupling</source>
        <translation>Reden van de koppeling</translation>
    </message>
    <message>
        <source>Why this gemeente: kept with the coupling in its history.</source>
        <translation>Waarom deze gemeente: wordt bij de koppeling in de historie bewaard.</translation>
    </message>
    <message>
        <source>Coupled on the region board</source>
        <translation>Gekoppeld op het regiobord</translation>
    </message>
    <message>
        <source>Coupling date</source>
        <translation>Koppelingsdatum</translation>
    </message>
    <message>
        <source>The date of the coupling; not in the future.</source>
        <translation>De datum van de koppeling; niet in de toekomst.</translation>
    </message>
    <message>
        <source>Some ticked households have blocking items. They are coupled only with a written reason to override, which is stored with the coupling.</source>
        <translation>Enkele aangevinkte huishoudens hebben blokkerende punten. Die worden alleen gekoppeld met een geschreven reden om te overrulen; die reden wordt bij de koppeling bewaard.</translation>
    </message>
    <message>
        <source>Reason to override blocking items</source>
        <translation>Reden om blokkerende punten te overrulen</translation>
    </message>
    <message>
        <source>Why couple despite the blocking items?</source>
        <translation>Waarom koppelen ondanks de blokkerende punten?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Couple</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n person(s)</source>
        <translation>
            <numerusform>%1 (%2), %n persoon</numerusform>
            <numerusform>%1 (%2), %n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Niet te controleren</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blokkerend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Nothing to weigh: no blocking items, no warnings.</source>
        <translation>Niets mee te wegen: geen blokkerende punten, geen waarschuwingen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) will be coupled.</source>
        <translation>
            <numerusform>%n huishouden wordt gekoppeld.</numerusform>
            <numerusform>%n huishoudens worden gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Een reden is verplicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with blocking items need a reason to override, or untick them.</source>
        <translation>
            <numerusform>%n huishouden met blokkerende punten vraagt een reden om te overrulen; of vink het uit.</numerusform>
            <numerusform>%n huishoudens met blokkerende punten vragen een reden om te overrulen; of vink ze uit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Couple %n household(s) to %1&lt;/b&gt;&lt;br&gt;Weigh what is listed below before you confirm. Untick a household to leave it out.</source>
        <translation>
            <numerusform>&lt;b&gt;%n huishouden koppelen aan %1&lt;/b&gt;&lt;br&gt;Weeg wat hieronder staat voordat u bevestigt. Vink een huishouden uit om het over te slaan.</numerusform>
            <numerusform>&lt;b&gt;%n huishoudens koppelen aan %1&lt;/b&gt;&lt;br&gt;Weeg wat hieronder staat voordat u bevestigt. Vink een huishouden uit om het over te slaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The items to weigh in full</source>
        <translation>De punten om mee te wegen, voluit</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <source>not among the suggestions: %1</source>
        <translation>niet bij de suggesties: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (score %3): %4</source>
        <translation>%1 van %2 (score %3): %4</translation>
    </message>
    <message>
        <source>The first suggestion is %1 (score %2).</source>
        <translation>De eerste suggestie is %1 (score %2).</translation>
    </message>
    <message>
        <source>not among the suggestions: outside the region of the household&apos;s AZC</source>
        <translation>niet bij de suggesties: buiten de regio van het AZC van het huishouden</translation>
    </message>
</context>
<context>
    <name>rd::KoppelHistorieModel</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Ended %1 by %2: %3</source>
        <translation>Beëindigd op %1 door %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Gemeente / partnership</source>
        <translation>Gemeente / samenwerkingsverband</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overruled</translation>
    </message>
    <message>
        <source>Undone by %1: never happened, in no count</source>
        <translation>Ongedaan gemaakt door %1: heeft nooit plaatsgevonden, telt nergens mee</translation>
    </message>
    <message>
        <source>Ended %1 by %2: %3 (lease signed %4)</source>
        <translation>Beëindigd op %1 door %2: %3 (huurcontract getekend op %4)</translation>
    </message>
</context>
<context>
    <name>rd::KoppelHistoriePanel</name>
    <message>
        <source>&amp;Uncouple…</source>
        <translation>&amp;Ontkoppelen…</translation>
    </message>
    <message>
        <source>Couple &amp;again to this target…</source>
        <translation>Opnieuw koppelen aan dit &amp;doel…</translation>
    </message>
    <message>
        <source>Coupling history</source>
        <translation>Koppelhistorie</translation>
    </message>
    <message>
        <source>End the active coupling, with a reason. Can be undone.</source>
        <translation>De actieve koppeling beëindigen, met een reden. Kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Couple the household again to the gemeente or partnership of the selected row, with the same checks as a new coupling.</source>
        <translation>Het huishouden opnieuw koppelen aan de gemeente of het samenwerkingsverband van de gekozen regel, met dezelfde controles als bij een nieuwe koppeling.</translation>
    </message>
    <message>
        <source>Choose a household to see its couplings.</source>
        <translation>Kies een huishouden om de koppelingen te zien.</translation>
    </message>
    <message>
        <source>This household has never been coupled.</source>
        <translation>Dit huishouden is nog nooit gekoppeld.</translation>
    </message>
    <message numerus="yes">
        <source>%n coupling step(s), oldest first.</source>
        <translation>
            <numerusform>%n koppelstap, oudste eerst.</numerusform>
            <numerusform>%n koppelstappen, oudste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The couplings cannot be read: %1</source>
        <translation>De koppelingen kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Change log of the household</source>
        <translation>Wijzigingslogboek van het huishouden</translation>
    </message>
    <message>
        <source>The change log cannot be read: %1</source>
        <translation>Het wijzigingslogboek kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No changes of this household in the change log yet.</source>
        <translation>Nog geen wijzigingen van dit huishouden in het wijzigingslogboek.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the change log, oldest first.</source>
        <translation>
            <numerusform>%n wijziging in het wijzigingslogboek, oudste eerst.</numerusform>
            <numerusform>%n wijzigingen in het wijzigingslogboek, oudste eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::KoppelPicker</name>
    <message>
        <source>Search gemeente or partnership</source>
        <translation>Gemeente of samenwerkingsverband zoeken</translation>
    </message>
    <message>
        <source>Type a name or GM code…</source>
        <translation>Typ een naam of GM-code…</translation>
    </message>
    <message>
        <source>Gemeenten and partnerships</source>
        <translation>Gemeenten en samenwerkingsverbanden</translation>
    </message>
    <message>
        <source>&amp;Couple to:</source>
        <translation>&amp;Koppelen aan:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>K&amp;iezen</translation>
    </message>
</context>
<context>
    <name>rd::KoppelWerk</name>
    <message>
        <source>Nothing was coupled (all or none): %1</source>
        <translation>Er is niets gekoppeld (alles of niets): %1</translation>
    </message>
    <message>
        <source>Choose one or more households in the queue first.</source>
        <translation>Kies eerst een of meer huishoudens in de wachtrij.</translation>
    </message>
    <message numerus="yes">
        <source>Couple %n household(s) to…</source>
        <translation>
            <numerusform>%n huishouden koppelen aan…</numerusform>
            <numerusform>%n huishoudens koppelen aan…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for uncoupling</source>
        <translation>Reden voor ontkoppelen</translation>
    </message>
    <message>
        <source>Uncouple</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>Reason for uncoupling:</source>
        <translation>Reden voor ontkoppelen:</translation>
    </message>
    <message>
        <source>Uncoupling needs a reason.</source>
        <translation>Ontkoppelen vraagt een reden.</translation>
    </message>
    <message>
        <source>Not uncoupled: %1</source>
        <translation>Niet ontkoppeld: %1</translation>
    </message>
    <message>
        <source>Uncoupled.</source>
        <translation>Ontkoppeld.</translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation>Koppeling</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) coupled to %1</source>
        <translation>
            <numerusform>%n huishouden gekoppeld aan %1</numerusform>
            <numerusform>%n huishoudens gekoppeld aan %1</numerusform>
        </translation>
    </message>
    <message>
        <source>suggestion %1 · score %2</source>
        <translation>suggestie %1 · score %2</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>uitgesloten: %1</translation>
    </message>
</context>
<context>
    <name>rd::LijstActies</name>
    <message>
        <source>&amp;Print list…</source>
        <translation>Lijst afd&amp;rukken…</translation>
    </message>
    <message>
        <source>Save list as P&amp;DF…</source>
        <translation>Lijst opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Lijst exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>A print preview of the list as shown, filter applied</source>
        <translation>Een afdrukvoorbeeld van de lijst zoals getoond, met het filter toegepast</translation>
    </message>
    <message>
        <source>The list as shown, filter applied, as an A4 PDF</source>
        <translation>De lijst zoals getoond, met het filter toegepast, als A4-PDF</translation>
    </message>
    <message>
        <source>The rows and columns as shown, filter applied, as CSV that Excel opens</source>
        <translation>De regels en kolommen zoals getoond, met het filter toegepast, als CSV die Excel opent</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>alle regio&apos;s</translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Lijst afdrukken</translation>
    </message>
    <message>
        <source>Export the %1 as CSV</source>
        <translation>De %1 exporteren als CSV</translation>
    </message>
    <message>
        <source>Save the %1 as PDF</source>
        <translation>De %1 opslaan als PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>De lijst kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>rd::LijstMenu</name>
    <message>
        <source>&amp;Print list (%1)…</source>
        <translation>Lijst af&amp;drukken (%1)…</translation>
    </message>
    <message>
        <source>A print preview of the %1 as shown, filter applied; click in another list to print that one</source>
        <translation>Een afdrukvoorbeeld van de %1 zoals getoond, met het filter toegepast; klik in een andere lijst om die af te drukken</translation>
    </message>
    <message>
        <source>Save list as PD&amp;F (%1)…</source>
        <translation>Lijst opslaan als PD&amp;F (%1)…</translation>
    </message>
    <message>
        <source>The %1 as shown, filter applied, as an A4 PDF</source>
        <translation>De %1 zoals getoond, met het filter toegepast, als A4-PDF</translation>
    </message>
    <message>
        <source>E&amp;xport list as CSV (%1)…</source>
        <translation>Lijst e&amp;xporteren als CSV (%1)…</translation>
    </message>
    <message>
        <source>The rows and columns of the %1 as shown, filter applied, as CSV</source>
        <translation>De regels en kolommen van de %1 zoals getoond, met het filter toegepast, als CSV</translation>
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
        <source>Half-&amp;year:</source>
        <translation>Half&amp;jaar:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln gemeente</numerusform>
            <numerusform>%Ln gemeenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln huishouden</numerusform>
            <numerusform>%Ln huishoudens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s)</source>
        <translation>
            <numerusform>%Ln lopend dossier</numerusform>
            <numerusform>%Ln lopende dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;Nieuw huishouden…</translation>
    </message>
    <message>
        <source>Record a new household after its intake interview</source>
        <translation>Een nieuw huishouden vastleggen na het huisvestinggesprek</translation>
    </message>
    <message>
        <source>&amp;Save household</source>
        <translation>Huishouden &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Couple to…</source>
        <translation>&amp;Koppelen aan…</translation>
    </message>
    <message>
        <source>Couple the households selected in the queue to a gemeente or partnership chosen by typing</source>
        <translation>De in de wachtrij gekozen huishoudens koppelen aan een gemeente of samenwerkingsverband dat u typend kiest</translation>
    </message>
    <message>
        <source>&amp;Household panel</source>
        <translation>Paneel &amp;huishouden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for coupling</source>
        <translation>
            <numerusform>%Ln wacht op koppeling</numerusform>
            <numerusform>%Ln wachten op koppeling</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Signalen</translation>
    </message>
    <message>
        <source>Coupling &amp;letter…</source>
        <translation>Koppelings&amp;brief…</translation>
    </message>
    <message>
        <source>Preview, print or save the coupling letter of the household open in the form</source>
        <translation>De koppelingsbrief van het huishouden dat in het formulier openstaat bekijken, afdrukken of opslaan</translation>
    </message>
    <message>
        <source>Coupling letters for a &amp;day…</source>
        <translation>Koppelingsbrieven van een &amp;dag…</translation>
    </message>
    <message>
        <source>Write the coupling letters of every household coupled on one day</source>
        <translation>De koppelingsbrieven schrijven van alle huishoudens die op één dag zijn gekoppeld</translation>
    </message>
    <message>
        <source>The sender and contacts printed on the coupling letters</source>
        <translation>De afzender en de contactgegevens die op de koppelingsbrieven worden afgedrukt</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>Ra&amp;pporten</translation>
    </message>
    <message>
        <source>Show the reports: COA reports and the province&apos;s supervision figures</source>
        <translation>De rapporten tonen: COA-rapporten en de toezichtcijfers van de provincie</translation>
    </message>
    <message>
        <source>Computing the quota…</source>
        <translation>De taakstelling wordt berekend…</translation>
    </message>
    <message>
        <source>&amp;Find household…</source>
        <translation>Huishouden &amp;zoeken…</translation>
    </message>
    <message>
        <source>Find any household, waiting, coupled, housed or stopped, by a member&apos;s name, V-nummer or BSN</source>
        <translation>Elk huishouden zoeken, wachtend, gekoppeld, gehuisvest of gestopt, op de naam, het V-nummer of het BSN van een lid</translation>
    </message>
    <message>
        <source>Show or collapse the household panel</source>
        <translation>Het paneel huishouden tonen of inklappen</translation>
    </message>
    <message>
        <source>Household panel in its own &amp;window</source>
        <translation>Paneel huishouden in eigen v&amp;enster</translation>
    </message>
    <message>
        <source>Float the household panel beside the window, or dock it again</source>
        <translation>Het paneel huishouden los naast het venster zetten, of weer vastzetten</translation>
    </message>
    <message numerus="yes">
        <source>Switching the language now empties the undo list (%n step(s)); the couplings stay as they are. Switch now?</source>
        <translation>
            <numerusform>Als u nu van taal wisselt, wordt de lijst voor ongedaan maken leeggemaakt (%n stap); de koppelingen blijven zoals ze zijn. Nu wisselen?</numerusform>
            <numerusform>Als u nu van taal wisselt, wordt de lijst voor ongedaan maken leeggemaakt (%n stappen); de koppelingen blijven zoals ze zijn. Nu wisselen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The store was changed by another program; shown again.</source>
        <translation>Een ander programma heeft het gegevensbestand gewijzigd; het is opnieuw getoond.</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Uw &amp;naam…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Your name, as it goes into the change log with every change you make:</source>
        <translation>Uw naam, zoals die bij elke wijziging die u maakt in het wijzigingslogboek komt:</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>een naam is nodig</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Gebruiker: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Niet gedaan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by another program shown.</source>
        <translation>
            <numerusform>%n wijziging door een ander programma getoond.</numerusform>
            <numerusform>%n wijzigingen door een ander programma getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plan for the week…</source>
        <translation>&amp;Plan voor de week…</translation>
    </message>
    <message>
        <source>Propose the optimal coupling of every waiting household of the region, to check, pin and couple</source>
        <translation>De optimale koppeling van elk wachtend huishouden van de regio voorstellen, om te controleren, vast te zetten en te koppelen</translation>
    </message>
    <message>
        <source>Suggestion &amp;weights…</source>
        <translation>&amp;Gewichten van de suggesties…</translation>
    </message>
    <message>
        <source>How much each factor counts in the suggestions and the plan</source>
        <translation>Hoe zwaar elke factor telt in de suggesties en het plan</translation>
    </message>
    <message>
        <source>You are signed in as %1: the change log records that name.</source>
        <translation>U bent aangemeld als %1: het wijzigingslogboek legt die naam vast.</translation>
    </message>
    <message>
        <source>User: %1 · %2</source>
        <translation>Gebruiker: %1 · %2</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>You now work as %1: %2.</source>
        <translation>U werkt nu als %1: %2.</translation>
    </message>
    <message>
        <source>H&amp;ousehold</source>
        <translation>H&amp;uishouden</translation>
    </message>
    <message>
        <source>Le&amp;tter sender…</source>
        <translation>&amp;Afzender van de brief…</translation>
    </message>
</context>
<context>
    <name>rd::NotitieSectie</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Your own remarks about this household, saved with it (Save); every change is kept in the timeline with who made it and when</source>
        <translation>Eigen opmerkingen over dit huishouden, die met het huishouden worden opgeslagen (Opslaan); elke wijziging wordt in de tijdlijn bewaard, met wie die maakte en wanneer</translation>
    </message>
    <message>
        <source>Agreements, contact moments, what to remember next time</source>
        <translation>Afspraken, contactmomenten, aandachtspunten voor de volgende keer</translation>
    </message>
    <message>
        <source>No medical data: the COA has no access to the medical file. The note is not exported to the households CSV.</source>
        <translation>Geen medische gegevens: het COA heeft geen toegang tot het medisch dossier. De notitie wordt niet meegenomen in de CSV-export van huishoudens.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
</context>
<context>
    <name>rd::PanelNavigatie</name>
    <message>
        <source>&amp;Next panel</source>
        <translation>Volge&amp;nd paneel</translation>
    </message>
    <message>
        <source>&amp;Previous panel</source>
        <translation>V&amp;orig paneel</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel: queue, board, household, alerts</source>
        <translation>De toetsenbordfocus naar het volgende paneel verplaatsen: wachtrij, regiobord, huishouden, signalen</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>De toetsenbordfocus naar het vorige paneel verplaatsen</translation>
    </message>
</context>
<context>
    <name>rd::PersonenDelegate</name>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female (vrouw)</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Onbepaald</translation>
    </message>
</context>
<context>
    <name>rd::PersonenModel</name>
    <message>
        <source>Reference person</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Moedertaal</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Visible physical limitation</source>
        <translation>Zichtbare lichamelijke beperking</translation>
    </message>
    <message>
        <source>Follows later</source>
        <translation>Nareiziger</translation>
    </message>
    <message>
        <source>The household&apos;s reference person; exactly one per household</source>
        <translation>De referent van het huishouden; precies één per huishouden</translation>
    </message>
    <message>
        <source>The V-number (vreemdelingennummer) of the IND: 10 digits</source>
        <translation>Het V-nummer (vreemdelingennummer) van de IND: 10 cijfers</translation>
    </message>
    <message>
        <source>All first names, as on the residence permit</source>
        <translation>Alle voornamen, zoals op de verblijfsvergunning</translation>
    </message>
    <message>
        <source>The surname, as on the residence permit</source>
        <translation>De achternaam, zoals op de verblijfsvergunning</translation>
    </message>
    <message>
        <source>Date of birth (day-month-year)</source>
        <translation>Geboortedatum (dag-maand-jaar)</translation>
    </message>
    <message>
        <source>M (male), V (female) or X (unspecified)</source>
        <translation>M (man), V (vrouw) of X (onbepaald)</translation>
    </message>
    <message>
        <source>Other languages spoken, separated by commas</source>
        <translation>Andere talen die de persoon spreekt, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Education completed</source>
        <translation>Afgeronde opleiding</translation>
    </message>
    <message>
        <source>Citizen service number, 9 digits; empty until the BRP registration</source>
        <translation>Burgerservicenummer, 9 cijfers; leeg tot de inschrijving in de BRP</translation>
    </message>
    <message>
        <source>Only what is visible, in the person&apos;s own words. No medical details.</source>
        <translation>Alleen wat zichtbaar is, in de eigen woorden van de persoon. Geen medische gegevens.</translation>
    </message>
    <message>
        <source>This family member follows later (family reunification)</source>
        <translation>Dit gezinslid reist later na (gezinshereniging)</translation>
    </message>
</context>
<context>
    <name>rd::PlanDialog</name>
    <message>
        <source>Not in this plan</source>
        <translation>Niet in dit plan</translation>
    </message>
    <message>
        <source>Plan for the week</source>
        <translation>Plan voor de week</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>&amp;Berekenen</translation>
    </message>
    <message>
        <source>Solve the plan again, keeping the pinned rows (F5)</source>
        <translation>Het plan opnieuw berekenen met de vastgezette regels (F5)</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <source>Plan for the week of %1</source>
        <translation>Plan voor de week van %1</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eden:</translation>
    </message>
    <message>
        <source>&amp;Couple accepted rows</source>
        <translation>Aanvaarde regels &amp;koppelen</translation>
    </message>
    <message>
        <source>Pins changed: solve again (F5) to see their effect.</source>
        <translation>Vastzettingen gewijzigd: bereken opnieuw (F5) om het effect te zien.</translation>
    </message>
    <message>
        <source>The queue or the quota changed: solve again (F5).</source>
        <translation>De wachtrij of de taakstelling is gewijzigd: bereken opnieuw (F5).</translation>
    </message>
    <message>
        <source>Choose a region: a plan is made for one region at a time.</source>
        <translation>Kies een regio: een plan wordt per regio gemaakt.</translation>
    </message>
    <message>
        <source>%1 of %2 households placed (%3 persons). Objective %4, bound %5: proven optimal.</source>
        <translation>%1 van %2 huishoudens geplaatst (%3 personen). Doelwaarde %4, grens %5: bewezen optimaal.</translation>
    </message>
    <message>
        <source>%1 of %2 households placed (%3 persons). Objective %4, bound %5, gap %6: not proven optimal within the time limit.</source>
        <translation>%1 van %2 huishoudens geplaatst (%3 personen). Doelwaarde %4, grens %5, gap %6: niet bewezen optimaal binnen de tijdslimiet.</translation>
    </message>
    <message>
        <source>Greedy in queue order: objective %1, %2 placed; spread of the backlogs %3 (plan %4).</source>
        <translation>Gretig in volgorde van de wachtrij: doelwaarde %1, %2 geplaatst; spreiding van de achterstanden %3 (plan %4).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Backlog before</source>
        <translation>Achterstand vooraf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Backlog after</source>
        <translation>Achterstand na</translation>
    </message>
    <message>
        <source>No accepted row to couple.</source>
        <translation>Geen aanvaarde regel om te koppelen.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in each household&apos;s history.</source>
        <translation>Geef een reden: die wordt bewaard in de geschiedenis van elk huishouden.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>Nothing was coupled: %1</source>
        <translation>Er is niets gekoppeld: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) coupled as one step; Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>%n huishouden gekoppeld als één stap; Bewerken ▸ Ongedaan maken draait het terug.</numerusform>
            <numerusform>%n huishoudens gekoppeld als één stap; Bewerken ▸ Ongedaan maken draait het terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Plan for the week — %1</source>
        <translation>Plan voor de week — %1</translation>
    </message>
    <message>
        <source>backlogs</source>
        <translation>achterstanden</translation>
    </message>
    <message>
        <source>Plan for the week, backlogs before and after — %1</source>
        <translation>Plan voor de week, achterstanden voor en na — %1</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Plan &amp;afdrukken…</translation>
    </message>
    <message>
        <source>A print preview of the plan as shown (%1); its context menu also saves it as PDF or CSV</source>
        <translation>Een afdrukvoorbeeld van het plan zoals getoond (%1); het contextmenu bewaart het ook als PDF of CSV</translation>
    </message>
</context>
<context>
    <name>rd::PlanTabelModel</name>
    <message>
        <source>not placed</source>
        <translation>niet geplaatst</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Vast</translation>
    </message>
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
        <source>Proposed target</source>
        <translation>Voorgesteld doel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>rd::RapportPanel</name>
    <message>
        <source>&amp;Make report</source>
        <translation>Rapport &amp;maken</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporteren als PD&amp;F…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Rapportperiode</translation>
    </message>
    <message>
        <source>The half-year the report covers</source>
        <translation>Het halfjaar waarover het rapport gaat</translation>
    </message>
    <message>
        <source>Tolerated backlog</source>
        <translation>Toegestane achterstand</translation>
    </message>
    <message>
        <source>Make the report again from the store (Ctrl+Return)</source>
        <translation>Het rapport opnieuw maken uit het gegevensbestand (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Save the report as CSV that Excel opens (UTF-8, semicolons)</source>
        <translation>Het rapport opslaan als CSV die Excel opent (UTF-8, puntkomma&apos;s)</translation>
    </message>
    <message>
        <source>Save the report as an A4 PDF with title, parameters and page numbers</source>
        <translation>Het rapport opslaan als A4-PDF met titel, parameters en paginanummers</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>&amp;Tolerated backlog:</source>
        <translation>&amp;Toegestane achterstand:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereik:</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Rapporttabellen</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Rapportgrafiek</translation>
    </message>
    <message>
        <source>The tolerated backlog must be a fraction such as 1/6 (at most 1).</source>
        <translation>De toegestane achterstand moet een breuk zijn zoals 1/6 (hoogstens 1).</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Er is geen gegevensbestand geopend.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Het rapport kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>This report has no chart.</source>
        <translation>Dit rapport heeft geen grafiek.</translation>
    </message>
    <message>
        <source>The chart shows the first %1 of %2 rows; the table holds all.</source>
        <translation>De grafiek toont de eerste %1 van %2 regels; de tabel bevat ze allemaal.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Rapport exporteren als CSV</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Rapport exporteren als PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Het rapport kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Notes on the report</source>
        <translation>Toelichting bij het rapport</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages as the PDF has them, and print them</source>
        <translation>Bekijk de pagina&apos;s van het rapport zoals de PDF ze heeft, en druk ze af</translation>
    </message>
    <message>
        <source>Supervision figures: the backlog tolerated, as a fraction of the half-year&apos;s quota (e.g. 1/6). Kept in the store.</source>
        <translation>Toezichtcijfers: de toegestane achterstand, als breuk van de taakstelling van het halfjaar (bijv. 1/6). Wordt bewaard in het gegevensbestand.</translation>
    </message>
</context>
<context>
    <name>rd::RapportTabelModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Total over the whole scope of the report</source>
        <translation>Totaal over het hele bereik van het rapport</translation>
    </message>
    <message>
        <source>%1 (CSV column %2)</source>
        <translation>%1 (CSV-kolom %2)</translation>
    </message>
</context>
<context>
    <name>rd::RegioBoardModel</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The housing stock this municipality offers</source>
        <translation>De woningvoorraad die deze gemeente biedt</translation>
    </message>
    <message>
        <source>Partnership: %1</source>
        <translation>Samenwerking: %1</translation>
    </message>
    <message>
        <source>coordinator %1</source>
        <translation>coördinator %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) ahead of the target on the forecast (voorsprong)</source>
        <translation>
            <numerusform>%Ln persoon voor op de opgave volgens de prognose (voorsprong)</numerusform>
            <numerusform>%Ln personen voor op de opgave volgens de prognose (voorsprong)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) behind the target on the forecast (achterstand)</source>
        <translation>
            <numerusform>%Ln persoon achter op de opgave volgens de prognose (achterstand)</numerusform>
            <numerusform>%Ln personen achter op de opgave volgens de prognose (achterstand)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exactly on target</source>
        <translation>Precies op de opgave</translation>
    </message>
    <message numerus="yes">
        <source>%1 realised: below the pace of %2 for the months begun (%Ln short)</source>
        <translation>
            <numerusform>%1 gerealiseerd: onder het tempo van %2 voor de begonnen maanden (%Ln te weinig)</numerusform>
            <numerusform>%1 gerealiseerd: onder het tempo van %2 voor de begonnen maanden (%Ln te weinig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1/6 of the target per month begun: %n month(s), rounded up. %1</source>
        <translation>
            <numerusform>1/6 van de opgave per begonnen maand: %n maand, naar boven afgerond. %1</numerusform>
            <numerusform>1/6 van de opgave per begonnen maand: %n maanden, naar boven afgerond. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Realised is below this pace.</source>
        <translation>De realisatie blijft onder dit tempo.</translation>
    </message>
    <message>
        <source>Realised keeps this pace.</source>
        <translation>De realisatie houdt dit tempo bij.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
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
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation>Voor/achter</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Housing profile</source>
        <translation>Woningprofiel</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Samenwerkingsverband</translation>
    </message>
    <message>
        <source>Municipality, or a partnership with its members; drop households on a row to couple them</source>
        <translation>Gemeente, of een samenwerkingsverband met zijn leden; sleep huishoudens naar een regel om ze te koppelen</translation>
    </message>
    <message>
        <source>Target = quota + redistribution − balance previous</source>
        <translation>Opgave = taakstelling + herverdeling − saldo vorig</translation>
    </message>
    <message>
        <source>Persons housed whose deregistration from the AZC fell in this half-year; ⚠ marks a municipality below the monthly pace</source>
        <translation>Gehuisveste personen van wie de uitschrijving uit het AZC in dit halfjaar viel; ⚠ markeert een gemeente onder het maandtempo</translation>
    </message>
    <message>
        <source>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</source>
        <translation>Prognose − opgave: ▲ voorsprong, ▼ achterstand</translation>
    </message>
    <message>
        <source>Monthly pace: 1/6 of the target per month of the half-year begun, rounded up</source>
        <translation>Maandtempo: 1/6 van de opgave per begonnen maand van het halfjaar, naar boven afgerond</translation>
    </message>
    <message>
        <source>The housing stock the municipality offers</source>
        <translation>De woningvoorraad die de gemeente biedt</translation>
    </message>
    <message>
        <source>The partnership the municipality is a member of</source>
        <translation>Het samenwerkingsverband waarvan de gemeente lid is</translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Persons coupled and not yet registered out (coupled, not yet housed), on the reference date; the pipeline of handbook 4.4.1, a signed lease, is in the Quota tab</source>
        <translation>Gekoppelde personen die op de peildatum nog niet zijn uitgeschreven (gekoppeld, nog niet gehuisvest); de pijplijn van handreiking 4.4.1, een getekend huurcontract, staat op het tabblad Taakstelling</translation>
    </message>
    <message>
        <source>Forecast = realised + coupled: every coupled person will count once housed, so municipalities behind on it get the next households (handbook 3.2)</source>
        <translation>Prognose = realisatie + gekoppeld: elke gekoppelde persoon telt mee zodra die is gehuisvest, dus gemeenten die daarop achterlopen, krijgen de volgende huishoudens (handreiking 3.2)</translation>
    </message>
    <message>
        <source>Drop households here to couple them to this municipality.</source>
        <translation>Sleep huishoudens hierheen om ze aan deze gemeente te koppelen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln municipality(ies), coordinated by %2 (%3). Drop households here to couple them to the partnership as a whole: the coordinator houses them in one of the members within 12 weeks.</source>
        <translation>
            <numerusform>%1: %Ln gemeente, gecoördineerd door %2 (%3). Sleep huishoudens hierheen om ze aan het samenwerkingsverband als geheel te koppelen: de coördinator huisvest ze binnen 12 weken in een van de leden.</numerusform>
            <numerusform>%1: %Ln gemeenten, gecoördineerd door %2 (%3). Sleep huishoudens hierheen om ze aan het samenwerkingsverband als geheel te koppelen: de coördinator huisvest ze binnen 12 weken in een van de leden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::RegioBoardPanel</name>
    <message>
        <source>Search the region board</source>
        <translation>Het regiobord doorzoeken</translation>
    </message>
    <message>
        <source>Show only the municipalities whose name, CBS code or partnership contains this text; members keep their partnership</source>
        <translation>Toon alleen de gemeenten waarvan de naam, de CBS-code of het samenwerkingsverband deze tekst bevat; leden blijven bij hun samenwerkingsverband</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Region board: figures per municipality and partnership</source>
        <translation>Regiobord: cijfers per gemeente en samenwerkingsverband</translation>
    </message>
    <message>
        <source>Drop households from the queue on a municipality or a partnership to couple them; Enter or double-click opens a municipality</source>
        <translation>Sleep huishoudens uit de wachtrij naar een gemeente of samenwerkingsverband om ze te koppelen; Enter of dubbelklikken opent een gemeente</translation>
    </message>
    <message>
        <source>&lt;b&gt;No region board for %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Geen regiobord voor %1.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>%1: %2 of 6 months begun</source>
        <translation>%1: %2 van 6 maanden begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln gemeente</numerusform>
            <numerusform>%Ln gemeenten</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>opgave %1</translation>
    </message>
    <message>
        <source>pace %1</source>
        <translation>tempo %1</translation>
    </message>
    <message>
        <source>realised %1 persons</source>
        <translation>realisatie %1 personen</translation>
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
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>coupled %1</source>
        <translation>gekoppeld %1</translation>
    </message>
    <message>
        <source>coupled on %1</source>
        <translation>gekoppeld per %1</translation>
    </message>
    <message>
        <source>Municipality, code or partnership (Ctrl+Shift+F)</source>
        <translation>Gemeente, code of samenwerkingsverband (Ctrl+Shift+F)</translation>
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
        <translation>Toon de gemeenten van één COA-regio, of van alle regio&apos;s</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
</context>
<context>
    <name>rd::RegioGrafieken</name>
    <message>
        <source>Region charts</source>
        <translation>Regiografieken</translation>
    </message>
    <message>
        <source>Days per &amp;phase</source>
        <translation>Dagen per fa&amp;se</translation>
    </message>
    <message>
        <source>&amp;Realised against target</source>
        <translation>&amp;Realisatie tegenover opgave</translation>
    </message>
    <message>
        <source>&amp;Lead time coupling to move</source>
        <translation>&amp;Doorlooptijd koppeling tot verhuizing</translation>
    </message>
    <message>
        <source>Mean days of each completed phase per municipality against the norms of 2, 10 and 2 weeks</source>
        <translation>Gemiddeld aantal dagen van elke afgeronde fase per gemeente tegenover de normen van 2, 10 en 2 weken</translation>
    </message>
    <message>
        <source>Persons realised against the target per municipality, with what the monthly pace asks by now</source>
        <translation>Gerealiseerde personen tegenover de opgave per gemeente, met wat het maandtempo tot nu toe vraagt</translation>
    </message>
    <message>
        <source>Mean days from coupling to move per month of the move, with the moving average and the 12-week norm</source>
        <translation>Gemiddeld aantal dagen van koppeling tot verhuizing per maand van verhuizing, met het voortschrijdend gemiddelde en de norm van 12 weken</translation>
    </message>
    <message>
        <source>No region chosen yet.</source>
        <translation>Nog geen regio gekozen.</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporteren als P&amp;NG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Deze grafiek opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporteren als PD&amp;F…</translation>
    </message>
    <message>
        <source>Save this chart as an A4 landscape PDF with title, region and date</source>
        <translation>Deze grafiek opslaan als liggende A4-PDF met titel, regio en datum</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print this chart (with a preview)</source>
        <translation>Deze grafiek afdrukken (met afdrukvoorbeeld)</translation>
    </message>
    <message>
        <source>The days per phase cannot be computed: %1</source>
        <translation>De dagen per fase kunnen niet worden berekend: %1</translation>
    </message>
    <message>
        <source>No phase ended in %1 up to %2 in this region.</source>
        <translation>In deze regio is in %1 tot en met %2 geen fase afgerond.</translation>
    </message>
    <message>
        <source>The lead time cannot be computed: %1</source>
        <translation>De doorlooptijd kan niet worden berekend: %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <source>Half-year %1</source>
        <translation>Halfjaar %1</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>Datum %1</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Grafiek exporteren als PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exporteren</translation>
    </message>
    <message>
        <source>Export chart as PDF</source>
        <translation>Grafiek exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>Grafiek afdrukken</translation>
    </message>
</context>
<context>
    <name>rd::RegioTijdlijnModel</name>
    <message>
        <source>Not coupled</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reference person %1, V-number %2, %n person(s)</source>
        <translation>
            <numerusform>Referent %1, V-nummer %2, %n persoon</numerusform>
            <numerusform>Referent %1, V-nummer %2, %n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open case(s), %2 overdue</source>
        <translation>
            <numerusform>%1: %n lopend dossier, %2 te laat</numerusform>
            <numerusform>%1: %n lopende dossiers, %2 te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag uiterlijk</translation>
    </message>
    <message>
        <source>%1: not begun</source>
        <translation>%1: niet begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%1: since %2, %n day(s) so far</source>
        <translation>
            <numerusform>%1: sinds %2, tot nu toe %n dag</numerusform>
            <numerusform>%1: sinds %2, tot nu toe %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 to %3, %n day(s)</source>
        <translation>
            <numerusform>%1: %2 tot %3, %n dag</numerusform>
            <numerusform>%1: %2 tot %3, %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(norm %n day(s))</source>
        <translation>
            <numerusform>(norm %n dag)</numerusform>
            <numerusform>(norm %n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>! %n day(s) over the norm</source>
        <translation>
            <numerusform>! %n dag boven de norm</numerusform>
            <numerusform>! %n dagen boven de norm</numerusform>
        </translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Timeline %1 – %2</source>
        <translation>Tijdlijn %1 – %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>The household&apos;s reference person and V-number; on a group row the municipality</source>
        <translation>De referent en het V-nummer van het huishouden; op een groepsregel de gemeente</translation>
    </message>
    <message>
        <source>The municipality the household is coupled to</source>
        <translation>De gemeente waaraan het huishouden gekoppeld is</translation>
    </message>
    <message>
        <source>The phase the case is in: coupling (2 weeks), housing (10 weeks), move (2 weeks)</source>
        <translation>De fase van het dossier: koppeling (2 weken), woonruimte (10 weken), verhuizing (2 weken)</translation>
    </message>
    <message>
        <source>When the current phase is due</source>
        <translation>Wanneer de huidige fase uiterlijk rond moet zijn</translation>
    </message>
    <message>
        <source>Days left until the current phase is due</source>
        <translation>Resterende dagen tot de huidige fase rond moet zijn</translation>
    </message>
    <message>
        <source>The three phases as bars; the tick marks the end of the norm, hatched parts with ! are over the norm, the vertical line is today</source>
        <translation>De drie fasen als balken; het streepje markeert het einde van de norm, gearceerde delen met ! liggen boven de norm, de verticale lijn is vandaag</translation>
    </message>
</context>
<context>
    <name>rd::RegioTijdlijnPanel</name>
    <message>
        <source>&amp;Group by municipality</source>
        <translation>&amp;Per gemeente groeperen</translation>
    </message>
    <message>
        <source>Group the timeline by municipality</source>
        <translation>De tijdlijn per gemeente groeperen</translation>
    </message>
    <message>
        <source>Show the cases under the municipality they are coupled to, the municipality with the earliest due date first</source>
        <translation>Toon de dossiers onder de gemeente waaraan ze gekoppeld zijn, de gemeente met de vroegste vervaldatum eerst</translation>
    </message>
    <message>
        <source>Timeline of the open cases of the region</source>
        <translation>Tijdlijn van de lopende dossiers van de regio</translation>
    </message>
    <message>
        <source>Open cases by their next due date; press Enter to open a case</source>
        <translation>Lopende dossiers op hun eerstvolgende vervaldatum; druk op Enter om een dossier te openen</translation>
    </message>
    <message>
        <source>Legend of the timeline</source>
        <translation>Legenda van de tijdlijn</translation>
    </message>
    <message>
        <source>End of the norm</source>
        <translation>Einde van de norm</translation>
    </message>
    <message>
        <source>Hatched with !: over the norm</source>
        <translation>Gearceerd met !: boven de norm</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>The cases could not be loaded: %1</source>
        <translation>De dossiers konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n lopend dossier</numerusform>
            <numerusform>%n lopende dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupling &amp;letters for the selected cases…</source>
        <translation>Koppelings&amp;brieven voor de gekozen dossiers…</translation>
    </message>
    <message>
        <source>The coupling letters of the selected cases, in one batch</source>
        <translation>De koppelingsbrieven van de gekozen dossiers, in één keer</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>termijnen</translation>
    </message>
    <message>
        <source>Grouped by municipality</source>
        <translation>Gegroepeerd per gemeente</translation>
    </message>
    <message>
        <source>Deadlines — %1</source>
        <translation>Termijnen — %1</translation>
    </message>
</context>
<context>
    <name>rd::SignalenModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Te laat: %1</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>Bijna te laat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag uiterlijk</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not coupled</source>
        <translation>niet gekoppeld</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>rd::SignalenPanel</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Due within days</source>
        <translation>Vervalt binnen dagen</translation>
    </message>
    <message>
        <source>Show what is due within this many days, besides everything already overdue</source>
        <translation>Toon wat binnen zoveel dagen vervalt, naast alles wat al te laat is</translation>
    </message>
    <message>
        <source>D&amp;ue within:</source>
        <translation>&amp;Vervalt binnen:</translation>
    </message>
    <message>
        <source>Kind of alert</source>
        <translation>Categorie signaal</translation>
    </message>
    <message>
        <source>Show only one kind of alert</source>
        <translation>Toon alleen één categorie signalen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>Alerts: deadlines due soon or overdue</source>
        <translation>Signalen: termijnen die bijna verlopen of te laat zijn</translation>
    </message>
    <message>
        <source>Click a row or press Enter to open the case</source>
        <translation>Klik op een regel of druk op Enter om het dossier te openen</translation>
    </message>
    <message>
        <source>No alerts: %1</source>
        <translation>Geen signalen: %1</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Geen gegevensbestand geopend</translation>
    </message>
    <message numerus="yes">
        <source>Nothing overdue or due within %n day(s)</source>
        <translation>
            <numerusform>Niets te laat of binnen %n dag te verlopen</numerusform>
            <numerusform>Niets te laat of binnen %n dagen te verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>signalen</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s), and everything overdue</source>
        <translation>
            <numerusform>Vervalt binnen %n dag, en alles wat te laat is</numerusform>
            <numerusform>Vervalt binnen %n dagen, en alles wat te laat is</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Categorie: %1</translation>
    </message>
    <message>
        <source>Alerts — %1</source>
        <translation>Signalen — %1</translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>De signalen worden gelezen…</translation>
    </message>
</context>
<context>
    <name>rd::SuggestiePanel</name>
    <message>
        <source>Suggested gemeenten and partnerships</source>
        <translation>Voorgestelde gemeenten en samenwerkingsverbanden</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Gemeente or partnership</source>
        <translation>Gemeente of samenwerkingsverband</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Excluded because</source>
        <translation>Uitgesloten omdat</translation>
    </message>
    <message>
        <source>No household chosen.</source>
        <translation>Geen huishouden gekozen.</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Geen suggesties: %1</translation>
    </message>
    <message>
        <source>%1 × weight %2 = %3</source>
        <translation>%1 × gewicht %2 = %3</translation>
    </message>
    <message>
        <source>%1 of %2 targets eligible. Weights: %3. A suggestion couples nothing: Enter or a double click opens the coupling with its checks.</source>
        <translation>%1 van %2 doelen komen in aanmerking. Gewichten: %3. Een suggestie koppelt niets: Enter of dubbelklikken opent de koppeling met haar controles.</translation>
    </message>
</context>
<context>
    <name>rd::SyncBalk</name>
    <message>
        <source>S&amp;ynchronise with the team server</source>
        <translation>S&amp;ynchroniseren met de teamserver</translation>
    </message>
    <message>
        <source>Send this store&apos;s changes to the team server and receive the others&apos;.</source>
        <translation>De wijzigingen van dit gegevensbestand naar de teamserver sturen en die van de anderen ontvangen.</translation>
    </message>
    <message>
        <source>synchronising…</source>
        <translation>synchroniseren…</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nooit gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync failed</source>
        <translation>laatste synchronisatie mislukt</translation>
    </message>
    <message>
        <source>%1 as %2 (device %3)</source>
        <translation>%1 als %2 (apparaat %3)</translation>
    </message>
    <message>
        <source>Synchronised: %1 applied, %2 conflict(s), %3 received.</source>
        <translation>Gesynchroniseerd: %1 toegepast, %2 conflict(en), %3 ontvangen.</translation>
    </message>
    <message>
        <source>See File ▸ Conflicts with the team server.</source>
        <translation>Zie Bestand ▸ Conflicten met de teamserver.</translation>
    </message>
    <message>
        <source>Not synchronised: %1</source>
        <translation>Niet gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>Password at the team server:</source>
        <translation>Wachtwoord op de teamserver:</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n niet verstuurd</numerusform>
            <numerusform>%n niet verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts with the team server…</source>
        <translation>&amp;Conflicten met de teamserver…</translation>
    </message>
    <message>
        <source>The undo list was emptied.</source>
        <translation>De lijst met ongedaan te maken stappen is leeggemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Province figures published: %n report(s).</source>
        <translation>
            <numerusform>Provinciecijfers gepubliceerd: %n rapport.</numerusform>
            <numerusform>Provinciecijfers gepubliceerd: %n rapporten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Province figures received: %n report(s).</source>
        <translation>
            <numerusform>Provinciecijfers ontvangen: %n rapport.</numerusform>
            <numerusform>Provinciecijfers ontvangen: %n rapporten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published report(s) could not be read by this version; the ones received before are kept.</source>
        <translation>
            <numerusform>%n gepubliceerd rapport kon door deze versie niet gelezen worden; de eerder ontvangen blijven staan.</numerusform>
            <numerusform>%n gepubliceerde rapporten konden door deze versie niet gelezen worden; de eerder ontvangen blijven staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join a team server…</source>
        <translation>&amp;Verbinden met een teamserver…</translation>
    </message>
    <message>
        <source>Share this store with your region&apos;s team through a central server.</source>
        <translation>Deel dit gegevensbestand via een centrale server met het team van uw regio.</translation>
    </message>
    <message>
        <source>Joined the team server as %1; synchronise with Ctrl+Shift+S.</source>
        <translation>Verbonden met de teamserver als %1; synchroniseer met Ctrl+Shift+S.</translation>
    </message>
    <message>
        <source>Province figures not published or received this time: %1</source>
        <translation>Provinciecijfers deze keer niet gepubliceerd of ontvangen: %1</translation>
    </message>
</context>
<context>
    <name>rd::TaakstellingPanel</name>
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
        <source>forecast %1</source>
        <translation>prognose %1</translation>
    </message>
    <message>
        <source>▲ %1 ahead, ▼ %2 behind</source>
        <translation>▲ %1 met voorsprong, ▼ %2 met achterstand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln gemeente</numerusform>
            <numerusform>%Ln gemeenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>pipeline (signed) %1</source>
        <translation>pijplijn (getekend) %1</translation>
    </message>
    <message>
        <source>coupled, not housed %1</source>
        <translation>gekoppeld, niet gehuisvest %1</translation>
    </message>
    <message>
        <source>pipeline and coupled on %1</source>
        <translation>pijplijn en gekoppeld per %1</translation>
    </message>
    <message>
        <source>Municipality name or code (Ctrl+Shift+F)</source>
        <translation>Naam of code van de gemeente (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>rd::TaakstellingTableModel</name>
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
        <source>Population used for the quota: CBS population on 1 January of the year before the half-year&apos;s year, or the figure the province set (art. 30)</source>
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
        <source>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</source>
        <translation>Prognose − opgave: ▲ voorsprong, ▼ achterstand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) ahead of the target (voorsprong)</source>
        <translation>
            <numerusform>%Ln persoon voor op de opgave (voorsprong)</numerusform>
            <numerusform>%Ln personen voor op de opgave (voorsprong)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) behind the target (achterstand)</source>
        <translation>
            <numerusform>%Ln persoon achter op de opgave (achterstand)</numerusform>
            <numerusform>%Ln personen achter op de opgave (achterstand)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of which %Ln resettled, B-9 or amv (they count without a coupling)</source>
        <translation>
            <numerusform>%1, waarvan %Ln hervestigde vluchteling, B9-vergunninghouder of amv (telt zonder koppeling)</numerusform>
            <numerusform>%1, waarvan %Ln hervestigde vluchtelingen, B9-vergunninghouders of amv&apos;s (tellen zonder koppeling)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline (signed)</source>
        <translation>Pijplijn (getekend)</translation>
    </message>
    <message>
        <source>Coupled, not housed</source>
        <translation>Gekoppeld, niet gehuisvest</translation>
    </message>
    <message>
        <source>Pipeline (pijplijn productie, handbook 4.4.1): persons housed but not yet registered out by the COA, a lease signed or known as self-housed, on the reference date</source>
        <translation>Pijplijn productie (handreiking 4.4.1): personen die gehuisvest zijn maar door het COA nog niet zijn uitgeschreven, met een getekend huurcontract of bekend als zelfhuisvester, op de peildatum</translation>
    </message>
    <message>
        <source>Persons coupled and not yet registered out, on the reference date, whether a dwelling was found or not</source>
        <translation>Gekoppelde personen die op de peildatum nog niet zijn uitgeschreven, of er nu een woning is gevonden of niet</translation>
    </message>
    <message>
        <source>Forecast = realised + coupled, not housed: every coupled person will count once housed (handbook 3.2)</source>
        <translation>Prognose = realisatie + gekoppeld, niet gehuisvest: elke gekoppelde persoon telt mee zodra die is gehuisvest (handreiking 3.2)</translation>
    </message>
</context>
<context>
    <name>rd::TermijnWerk</name>
    <message>
        <source>Computing the figures for %1…</source>
        <translation>De cijfers voor %1 worden berekend…</translation>
    </message>
</context>
<context>
    <name>rd::TijdlijnModel</name>
    <message>
        <source>Derived from the coupling and the BSNs; not edited here</source>
        <translation>Afgeleid van de koppeling en de BSN&apos;s; wordt hier niet bewerkt</translation>
    </message>
    <message>
        <source>An event row: select it and use Remove event to take it out</source>
        <translation>Een gebeurtenis: kies de regel en gebruik Gebeurtenis verwijderen om haar weg te halen</translation>
    </message>
    <message>
        <source>A date of the case: change it with Set date</source>
        <translation>Een datum van het dossier: wijzig die met Datum instellen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note changed by %1 on %2:
%3</source>
        <translation>Notitie gewijzigd door %1 op %2:
%3</translation>
    </message>
</context>
<context>
    <name>rd::TijdlijnPanel</name>
    <message>
        <source>Timeline of the case</source>
        <translation>Tijdlijn van het dossier</translation>
    </message>
    <message>
        <source>Set &amp;date…</source>
        <translation>&amp;Datum instellen…</translation>
    </message>
    <message>
        <source>Set or clear BRP registration, lease signed, lease start, move or uitschrijving</source>
        <translation>Inschrijving BRP, huurcontract getekend, ingang huurcontract, verhuizing of uitschrijving instellen of wissen</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>Gebeurtenis &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add a vergunninghoudergesprek or a dwelling offered</source>
        <translation>Een vergunninghoudergesprek of woningaanbod toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move event</source>
        <translation>Gebeurtenis &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected vergunninghoudergesprek or dwelling offer</source>
        <translation>Het gekozen vergunninghoudergesprek of woningaanbod verwijderen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refusals of a dwelling&lt;/b&gt;</source>
        <translation>&lt;b&gt;Woningweigeringen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refusals of a dwelling</source>
        <translation>Woningweigeringen</translation>
    </message>
    <message>
        <source>Register &amp;refusal…</source>
        <translation>&amp;Weigering vastleggen…</translation>
    </message>
    <message>
        <source>A no-show on the signing date or a refusal on site</source>
        <translation>Niet verschenen op de datum van ondertekening of ter plaatse geweigerd</translation>
    </message>
    <message>
        <source>&amp;Judge refusal…</source>
        <translation>Weigering be&amp;oordelen…</translation>
    </message>
    <message>
        <source>The COA judgement of the selected open refusal (due in 14 days)</source>
        <translation>Het oordeel van het COA over de gekozen open weigering (binnen 14 dagen)</translation>
    </message>
    <message>
        <source>New &amp;candidate…</source>
        <translation>Nieuwe &amp;kandidaat…</translation>
    </message>
    <message>
        <source>No household chosen.</source>
        <translation>Geen huishouden gekozen.</translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation>De tijdlijn kan niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s); not coupled.</source>
        <translation>
            <numerusform>%n gebeurtenis; niet gekoppeld.</numerusform>
            <numerusform>%n gebeurtenissen; niet gekoppeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s); coupled to %1.</source>
        <translation>
            <numerusform>%n gebeurtenis; gekoppeld aan %1.</numerusform>
            <numerusform>%n gebeurtenissen; gekoppeld aan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new candidate coupled for the dwelling of the selected justified refusal, or of the refusal that stopped mediation (due in 2 weeks)</source>
        <translation>Een nieuwe kandidaat gekoppeld voor de woning van de gekozen terechte weigering, of van de weigering die de bemiddeling stopte (binnen 2 weken)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mediation stopped on %1:&lt;/b&gt; the household refused a dwelling again after an unjustified refusal (handbook 3.4.2); its coupling ended. It cannot be coupled again.</source>
        <translation>&lt;b&gt;Bemiddeling gestopt op %1:&lt;/b&gt; het huishouden weigerde opnieuw een woning na een onterechte weigering (handreiking 3.4.2); de koppeling is beëindigd. Het kan niet opnieuw worden gekoppeld.</translation>
    </message>
</context>
<context>
    <name>rd::VerbindDialog</name>
    <message>
        <source>Join a team server</source>
        <translation>Verbinden met een teamserver</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>This store&apos;s changes from now on are sent to the team server, and your colleagues&apos; changes come in, each time you synchronise. Your account at the server decides what you may change and receive. The address and login come from your IT department.</source>
        <translation>De wijzigingen in dit gegevensbestand gaan vanaf nu naar de teamserver en die van uw collega&apos;s komen binnen, telkens als u synchroniseert. Uw account op de server bepaalt wat u mag wijzigen en ontvangen. Het adres en de gebruikersnaam krijgt u van uw IT-afdeling.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradres:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Login: the name of your account at the team server</source>
        <translation>Gebruikersnaam: de naam van uw account op de teamserver</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindingsfout</translation>
    </message>
</context>
<context>
    <name>rd::WachtrijModel</name>
    <message>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due in %1 days or less</source>
        <translation>Binnen %1 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n volwassene</numerusform>
            <numerusform>%n volwassenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>more than 8 persons</source>
        <translation>meer dan 8 personen</translation>
    </message>
    <message>
        <source>reunification block</source>
        <translation>blokkade gezinshereniging</translation>
    </message>
    <message>
        <source>placement criterion</source>
        <translation>plaatsingscriterium</translation>
    </message>
    <message>
        <source>family members to follow</source>
        <translation>nareizigers</translation>
    </message>
    <message numerus="yes">
        <source>Coupling was due on %1 (14 days after the permit): %n day(s) overdue</source>
        <translation>
            <numerusform>De koppeling moest uiterlijk %1 rond zijn (14 dagen na de vergunning): %n dag te laat</numerusform>
            <numerusform>De koppeling moest uiterlijk %1 rond zijn (14 dagen na de vergunning): %n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupling is due today, %1 (14 days after the permit)</source>
        <translation>De koppeling moet vandaag, %1, rond zijn (14 dagen na de vergunning)</translation>
    </message>
    <message numerus="yes">
        <source>Coupling is due on %1 (14 days after the permit): %n day(s) left</source>
        <translation>
            <numerusform>De koppeling moet uiterlijk %1 rond zijn (14 dagen na de vergunning): nog %n dag</numerusform>
            <numerusform>De koppeling moet uiterlijk %1 rond zijn (14 dagen na de vergunning): nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference person %1, V-number %2</source>
        <translation>Referent %1, V-nummer %2</translation>
    </message>
    <message>
        <source>No AZC location recorded</source>
        <translation>Geen AZC-locatie vastgelegd</translation>
    </message>
    <message>
        <source>AZC location %1</source>
        <translation>AZC-locatie %1</translation>
    </message>
    <message>
        <source>More than 8 persons: a special group that needs specific housing</source>
        <translation>Meer dan 8 personen: een bijzondere groep die specifieke huisvesting nodig heeft</translation>
    </message>
    <message>
        <source>Family reunification: placement is blocked for 3 months</source>
        <translation>Gezinshereniging: de plaatsing is 3 maanden geblokkeerd</translation>
    </message>
    <message>
        <source>At least one mandatory placement criterion ties the household to a place</source>
        <translation>Minstens één dwingend plaatsingscriterium bindt het huishouden aan een plaats</translation>
    </message>
    <message numerus="yes">
        <source>%n family member(s) expected to follow</source>
        <translation>
            <numerusform>%n nareiziger verwacht</numerusform>
            <numerusform>%n nareizigers verwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Reference person</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Overdue, or due within %1 days, for the coupling (phase 1)</source>
        <translation>Te laat of binnen %1 dagen voor de koppeling (fase 1)</translation>
    </message>
    <message>
        <source>The household&apos;s reference person</source>
        <translation>De referent van het huishouden</translation>
    </message>
    <message>
        <source>The reference person&apos;s V-number</source>
        <translation>Het V-nummer van de referent</translation>
    </message>
    <message>
        <source>Persons in the household: adults (18 or older) and children</source>
        <translation>Personen in het huishouden: volwassenen (18 of ouder) en kinderen</translation>
    </message>
    <message>
        <source>The AZC location where the household lives</source>
        <translation>De AZC-locatie waar het huishouden woont</translation>
    </message>
    <message>
        <source>Days left until the coupling is due, 14 days after the permit</source>
        <translation>Dagen tot de uiterste koppeldatum, 14 dagen na de vergunning</translation>
    </message>
    <message>
        <source>Special cases to weigh when coupling</source>
        <translation>Bijzonderheden om mee te wegen bij het koppelen</translation>
    </message>
    <message>
        <source>Blocked until %1</source>
        <translation>Geblokkeerd tot %1</translation>
    </message>
    <message>
        <source>very specific housing</source>
        <translation>zeer specifieke huisvesting</translation>
    </message>
    <message>
        <source>Placement is blocked for family reunification until %1; from then the household is to be coupled within 14 days (by %2)</source>
        <translation>De plaatsing is tot %1 geblokkeerd voor gezinshereniging; daarna moet het huishouden binnen 14 dagen worden gekoppeld (uiterlijk %2)</translation>
    </message>
    <message>
        <source>Needs very specific housing because of a limitation: a special group (handbook 3.3.4)</source>
        <translation>Heeft zeer specifieke huisvesting nodig vanwege een beperking: een bijzondere groep (handreiking 3.3.4)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the household: %1, %2</source>
        <translation>
            <numerusform>%n persoon in het huishouden: %1, %2</numerusform>
            <numerusform>%n personen in het huishouden: %1, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::WachtrijPanel</name>
    <message>
        <source>Search name, V-number or BSN</source>
        <translation>Zoek op naam, V-nummer of BSN</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>De wachtrij doorzoeken</translation>
    </message>
    <message>
        <source>Show only households where a member&apos;s name, V-number or BSN contains every word typed; accents and case do not matter</source>
        <translation>Toon alleen huishoudens waarvan de naam, het V-nummer of het BSN van een lid elk getypt woord bevat; accenten en hoofdletters maken niet uit</translation>
    </message>
    <message>
        <source>AZC location filter</source>
        <translation>Filter op AZC-locatie</translation>
    </message>
    <message>
        <source>Show only households living at this AZC location</source>
        <translation>Toon alleen huishoudens die op deze AZC-locatie wonen</translation>
    </message>
    <message>
        <source>All AZC locations</source>
        <translation>Alle AZC&apos;s</translation>
    </message>
    <message>
        <source>Household size filter</source>
        <translation>Filter op grootte van het huishouden</translation>
    </message>
    <message>
        <source>Show only households of this size</source>
        <translation>Toon alleen huishoudens van deze grootte</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>2 to 4 persons</source>
        <translation>2 t/m 4 personen</translation>
    </message>
    <message>
        <source>5 to 8 persons</source>
        <translation>5 t/m 8 personen</translation>
    </message>
    <message>
        <source>More than 8 persons</source>
        <translation>Meer dan 8 personen</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Filter op bijzonderheid</translation>
    </message>
    <message>
        <source>Show only households with this flag</source>
        <translation>Toon alleen huishoudens met deze bijzonderheid</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reunification block</source>
        <translation>Blokkade gezinshereniging</translation>
    </message>
    <message>
        <source>Placement criterion</source>
        <translation>Plaatsingscriterium</translation>
    </message>
    <message>
        <source>Family members to follow</source>
        <translation>Nareizigers</translation>
    </message>
    <message>
        <source>Phase status filter</source>
        <translation>Filter op termijn</translation>
    </message>
    <message>
        <source>Show only households whose coupling is overdue, due soon or on time</source>
        <translation>Toon alleen huishoudens waarvan de koppeling te laat, bijna te laat of op tijd is</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due in %1 days or less</source>
        <translation>Binnen %1 dagen</translation>
    </message>
    <message>
        <source>More than %1 days left</source>
        <translation>Nog meer dan %1 dagen</translation>
    </message>
    <message>
        <source>Households awaiting coupling</source>
        <translation>Huishoudens die op koppeling wachten</translation>
    </message>
    <message>
        <source>Drag one or more households onto a municipality to couple them; Enter opens one</source>
        <translation>Sleep een of meer huishoudens naar een gemeente om ze te koppelen; Enter opent een huishouden</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>&amp;AZC:</source>
        <translation>&amp;AZC:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Grootte:</translation>
    </message>
    <message>
        <source>F&amp;lag:</source>
        <translation>Bijzon&amp;derheid:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Ter&amp;mijn:</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>%1 van %2 huishoudens</translation>
    </message>
    <message>
        <source>Very specific housing</source>
        <translation>Zeer specifieke huisvesting</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>wachtrij</translation>
    </message>
    <message>
        <source>Queue — %1</source>
        <translation>Wachtrij — %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bijzonderheid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No filter: every household awaiting coupling</source>
        <translation>Geen filter: alle huishoudens die op koppeling wachten</translation>
    </message>
</context>
<context>
    <name>rd::WachtwoordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>The password of %1 on this store. The new one has at least %2 characters; you sign in with it from now on.</source>
        <translation>Het wachtwoord van %1 op dit gegevensbestand. Het nieuwe heeft minstens %2 tekens; u meldt zich er voortaan mee aan.</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Fout in wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nieuw wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
    <message>
        <source>the two new passwords differ; nothing changed</source>
        <translation>de twee nieuwe wachtwoorden verschillen; er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>rd::WeigeringenModel</name>
    <message>
        <source>Overdue: judgement was due %1</source>
        <translation>Te laat: oordeel uiterlijk %1</translation>
    </message>
    <message>
        <source>Open: judge by %1</source>
        <translation>Open: beoordelen uiterlijk %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Coupled on %1</source>
        <translation>Gekoppeld op %1</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Te laat: uiterlijk %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Days the refusal delayed the case: to the next lease signed, or to today</source>
        <translation>Dagen vertraging door de weigering: tot het volgende getekende huurcontract, of tot vandaag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nieuwe kandidaat</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Vertraging</translation>
    </message>
    <message>
        <source>%1; mediation stopped</source>
        <translation>%1; bemiddeling gestopt</translation>
    </message>
    <message>
        <source>Lost rent the gemeente claims for the dwelling, in euro</source>
        <translation>Huurderving die de gemeente voor de woning claimt, in euro</translation>
    </message>
    <message>
        <source>Lost rent (€)</source>
        <translation>Huurderving (€)</translation>
    </message>
</context>
<context>
    <name>rd::WerkPanel</name>
    <message>
        <source>Region &amp;board</source>
        <translation>Regiob&amp;ord</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>Taakste&amp;lling</translation>
    </message>
    <message>
        <source>Choose a household in the queue to see its intake data, or start a new one with Household → New household (Ctrl+N).</source>
        <translation>Kies een huishouden in de wachtrij om de intakegegevens te zien, of begin een nieuw huishouden met Huishouden → Nieuw huishouden (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>Hu&amp;ishouden</translation>
    </message>
    <message>
        <source>Coupling &amp;history</source>
        <translation>&amp;Koppelhistorie</translation>
    </message>
    <message>
        <source>No store is open. Choose File → Open store… or File → New store…</source>
        <translation>Er is geen gegevensbestand geopend. Kies Bestand → Gegevensbestand openen… of Bestand → Nieuw gegevensbestand…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Household saved.</source>
        <translation>Huishouden opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Termijnen</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Gra&amp;fieken</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Tijdlij&amp;n</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>Fa&amp;sen</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>Ra&amp;pporten</translation>
    </message>
    <message>
        <source>Household shown</source>
        <translation>Getoond huishouden</translation>
    </message>
    <message>
        <source>Computing the figures for %1…</source>
        <translation>De cijfers voor %1 worden berekend…</translation>
    </message>
    <message>
        <source>%1 — waiting, but not in the queue as shown (another region or a filter)</source>
        <translation>%1 — wacht, maar staat niet in de getoonde wachtrij (andere regio of een filter)</translation>
    </message>
    <message>
        <source>%1 — not in the deadlines of the region shown</source>
        <translation>%1 — staat niet in de termijnen van de getoonde regio</translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>Geen huishouden gekozen</translation>
    </message>
    <message>
        <source>New household (not saved yet)</source>
        <translation>Nieuw huishouden (nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>S&amp;uggesties</translation>
    </message>
</context>
</TS>
