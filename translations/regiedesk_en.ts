<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Regiedesk %1&lt;/h3&gt;&lt;p&gt;Coupling status holders (vergunninghouders) to municipalities, for COA regievoerders: quotas per half-year, realisation, pipeline and forecast.&lt;/p&gt;&lt;p&gt;Population figures: Centraal Bureau voor de Statistiek (CBS), StatLine table 03759NED &lt;i&gt;Bevolking op 1 januari&lt;/i&gt;, licensed CC BY 4.0. Source: CBS (Centraal Bureau voor de Statistiek), StatLine.&lt;/p&gt;&lt;p&gt;The quota rules follow the Huisvestingswet 2014 (art. 28–30) and the handbook on housing status holders.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regiedesk %1&lt;/h3&gt;&lt;p&gt;Coupling status holders (vergunninghouders) to municipalities, for COA regievoerders: quotas per half-year, realisation, pipeline and forecast.&lt;/p&gt;&lt;p&gt;Population figures: Centraal Bureau voor de Statistiek (CBS), StatLine table 03759NED &lt;i&gt;Bevolking op 1 januari&lt;/i&gt;, licensed CC BY 4.0. Source: CBS (Centraal Bureau voor de Statistiek), StatLine.&lt;/p&gt;&lt;p&gt;The quota rules follow the Huisvestingswet 2014 (art. 28–30) and the handbook on housing status holders.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Regiedesk</source>
        <translation>About Regiedesk</translation>
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
        <translation>Make account %1</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>Set the password of %1</translation>
    </message>
    <message>
        <source>Remove account %1</source>
        <translation>Remove account %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in this store&apos;s reference data</source>
        <translation>&apos;%1&apos; is not in this store&apos;s reference data</translation>
    </message>
    <message>
        <source>this store is joined to a team server, whose accounts it uses; accounts are made there (docs/sync.md)</source>
        <translation>this store is joined to a team server, whose accounts it uses; accounts are made there (docs/sync.md)</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>exists already</translation>
    </message>
    <message>
        <source>the first account is a beheerder, so someone can manage the accounts</source>
        <translation>the first account is a beheerder, so someone can manage the accounts</translation>
    </message>
    <message>
        <source>Account %1 made: %2</source>
        <translation>Account %1 made: %2</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>Password of %1 set</source>
        <translation>Password of %1 set</translation>
    </message>
    <message>
        <source>is the last beheerder; remove the other accounts first, or make another beheerder</source>
        <translation>is the last beheerder; remove the other accounts first, or make another beheerder</translation>
    </message>
    <message>
        <source>Account %1 removed</source>
        <translation>Account %1 removed</translation>
    </message>
    <message>
        <source>an account change is not undone; make the change again the other way</source>
        <translation>an account change is not undone; make the change again the other way</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>sign in</translation>
    </message>
    <message>
        <source>this store has accounts: sign in with a name and a password</source>
        <translation>this store has accounts: sign in with a name and a password</translation>
    </message>
    <message>
        <source>unknown account or wrong password</source>
        <translation>unknown account or wrong password</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>a password has at least %1 characters</translation>
    </message>
    <message>
        <source>the cryptography library did not start</source>
        <translation>the cryptography library did not start</translation>
    </message>
    <message>
        <source>too little memory to hash the password (64 MiB)</source>
        <translation>too little memory to hash the password (64 MiB)</translation>
    </message>
    <message>
        <source>the server answered: %1</source>
        <translation>the server answered: %1</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>no local account is signed in here, so there is no password of yours to change</source>
        <translation>no local account is signed in here, so there is no password of yours to change</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>current password</translation>
    </message>
    <message>
        <source>is not right; nothing changed</source>
        <translation>is not right; nothing changed</translation>
    </message>
    <message>
        <source>%1 changed their own password</source>
        <translation>%1 changed their own password</translation>
    </message>
</context>
<context>
    <name>AfzenderCommand</name>
    <message>
        <source>Change the letter&apos;s sender</source>
        <translation>Change the letter&apos;s sender</translation>
    </message>
</context>
<context>
    <name>BemiddelingStop</name>
    <message>
        <source>mediation stopped on %1: the household refused a dwelling again after an unjustified refusal (handbook 3.4.2)</source>
        <translation>mediation stopped on %1: the household refused a dwelling again after an unjustified refusal (handbook 3.4.2)</translation>
    </message>
    <message>
        <source>the household has already moved; mediation cannot stop</source>
        <translation>the household has already moved; mediation cannot stop</translation>
    </message>
    <message>
        <source>the coupling in force was made on %1, after the refusal of %2 that stops mediation</source>
        <translation>the coupling in force was made on %1, after the refusal of %2 that stops mediation</translation>
    </message>
    <message>
        <source>mediation stopped (handbook 3.4.2): refused again on %1 after an unjustified refusal</source>
        <translation>mediation stopped (handbook 3.4.2): refused again on %1 after an unjustified refusal</translation>
    </message>
</context>
<context>
    <name>BriefCommand</name>
    <message numerus="yes">
        <source>Coupling letters handed out to %n household(s)</source>
        <translation>
            <numerusform>Coupling letter handed out to %n household</numerusform>
            <numerusform>Coupling letters handed out to %n households</numerusform>
        </translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>no letter to record</source>
        <translation>no letter to record</translation>
    </message>
    <message>
        <source>a letter that was handed out is not taken back</source>
        <translation>a letter that was handed out is not taken back</translation>
    </message>
</context>
<context>
    <name>BriefReeks</name>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>no file or folder to write the letters to</source>
        <translation>no file or folder to write the letters to</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>no temporary files can be written here: %1</source>
        <translation>no temporary files can be written here: %1</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>letters that were recorded could not all be put in place: %1</source>
        <translation>letters that were recorded could not all be put in place: %1</translation>
    </message>
    <message>
        <source>no temporary files can be written here</source>
        <translation>no temporary files can be written here</translation>
    </message>
    <message>
        <source>the letters were recorded, but this file could not be put in place: %1. It waits in %2; the next run puts it in place.</source>
        <translation>the letters were recorded, but this file could not be put in place: %1. It waits in %2; the next run puts it in place.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter file(s) exist already; give --force to replace them: %1</source>
        <translation>
            <numerusform>%n letter file exists already; give --force to replace it: %1</numerusform>
            <numerusform>%n letter files exist already; give --force to replace them: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefService</name>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>no household with number %1</source>
        <translation>no household with number %1</translation>
    </message>
    <message>
        <source>the household has already moved out; a coupling letter is no longer handed out</source>
        <translation>the household has already moved out; a coupling letter is no longer handed out</translation>
    </message>
    <message>
        <source>the letter needs a valid date</source>
        <translation>the letter needs a valid date</translation>
    </message>
    <message>
        <source>the letter&apos;s date %1 lies in the future</source>
        <translation>the letter&apos;s date %1 lies in the future</translation>
    </message>
    <message>
        <source>the household has no active coupling to a gemeente</source>
        <translation>the household has no active coupling to a gemeente</translation>
    </message>
    <message>
        <source>the household has no reference person</source>
        <translation>the household has no reference person</translation>
    </message>
    <message>
        <source>person %1 has no name</source>
        <translation>person %1 has no name</translation>
    </message>
    <message>
        <source>%1 has no V-nummer</source>
        <translation>%1 has no V-nummer</translation>
    </message>
    <message>
        <source>%1 (V-nummer %2) has no date of birth</source>
        <translation>%1 (V-nummer %2) has no date of birth</translation>
    </message>
    <message>
        <source>the letter&apos;s date %1 lies before the coupling on %2</source>
        <translation>the letter&apos;s date %1 lies before the coupling on %2</translation>
    </message>
    <message>
        <source>the household has no AZC location; the letter names the location</source>
        <translation>the household has no AZC location; the letter names the location</translation>
    </message>
    <message>
        <source>AZC location %1 has no contact line; set it under the letter settings</source>
        <translation>AZC location %1 has no contact line; set it under the letter settings</translation>
    </message>
    <message>
        <source>the regievoerder&apos;s name for the letter is not set</source>
        <translation>the regievoerder&apos;s name for the letter is not set</translation>
    </message>
    <message>
        <source>the regievoerder&apos;s phone number or e-mail for the letter is not set</source>
        <translation>the regievoerder&apos;s phone number or e-mail for the letter is not set</translation>
    </message>
    <message>
        <source>a letter needs its language and template version</source>
        <translation>a letter needs its language and template version</translation>
    </message>
    <message>
        <source>coupling %1 is not a coupling of household %2</source>
        <translation>coupling %1 is not a coupling of household %2</translation>
    </message>
    <message>
        <source>Koppelingsbrief %1, sjabloon %2</source>
        <translation>Koppelingsbrief %1, sjabloon %2</translation>
    </message>
    <message>
        <source>the letter&apos;s date %1 lies %2 days after the intake interview of %3; the handbook (3.2) holds the vergunninghoudergesprek, where the letter is handed out, at most %4 days after it (by %5)</source>
        <translation>the letter&apos;s date %1 lies %2 days after the intake interview of %3; the handbook (3.2) holds the vergunninghoudergesprek, where the letter is handed out, at most %4 days after it (by %5)</translation>
    </message>
</context>
<context>
    <name>BriefSjabloon</name>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>there is no letter template for &quot;%1&quot;; available: %2</source>
        <translation>there is no letter template for &quot;%1&quot;; available: %2</translation>
    </message>
    <message>
        <source>the template has no &lt;meta name=&quot;versie&quot;&gt;</source>
        <translation>the template has no &lt;meta name=&quot;versie&quot;&gt;</translation>
    </message>
</context>
<context>
    <name>Categorie</name>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Resettlement (UNHCR)</source>
        <translation>Resettlement (UNHCR)</translation>
    </message>
    <message>
        <source>B-9 permit</source>
        <translation>B-9 permit</translation>
    </message>
    <message>
        <source>Unaccompanied minor (amv)</source>
        <translation>Unaccompanied minor (amv)</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
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
        <translation>Phase</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Only the AZCs of region N (1-5).</source>
        <translation>Only the AZCs of region N (1-5).</translation>
    </message>
    <message>
        <source>Only households coupled to this gemeente.</source>
        <translation>Only households coupled to this gemeente.</translation>
    </message>
    <message>
        <source>Output as a table (default) or CSV.</source>
        <translation>Output as a table (default) or CSV.</translation>
    </message>
    <message>
        <source>Include households that have moved.</source>
        <translation>Include households that have moved.</translation>
    </message>
    <message>
        <source>--gemeente &quot;%1&quot; is not a gemeente code (GM and four digits)</source>
        <translation>--gemeente &quot;%1&quot; is not a gemeente code (GM and four digits)</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not csv or table</source>
        <translation>--format &quot;%1&quot; is not csv or table</translation>
    </message>
    <message>
        <source>no such gemeente in this store</source>
        <translation>no such gemeente in this store</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>The store FILE.</source>
        <translation>The store FILE.</translation>
    </message>
    <message>
        <source>Use DATE as today (for reproducible runs).</source>
        <translation>Use DATE as today (for reproducible runs).</translation>
    </message>
    <message>
        <source>Language of the messages: nl or en.</source>
        <translation>Language of the messages: nl or en.</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>missing argument %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &apos;regiedesk-cli %1 --help&apos;.</source>
        <translation>Try &apos;regiedesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a half-year such as 2025-H1</source>
        <translation>%1 &quot;%2&quot; is not a half-year such as 2025-H1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of zero or more</source>
        <translation>%1 &quot;%2&quot; is not a whole number of zero or more</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date such as 2025-03-31</source>
        <translation>%1 &quot;%2&quot; is not a date such as 2025-03-31</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a region (1 to %3)</source>
        <translation>--%1 &quot;%2&quot; is not a region (1 to %3)</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>the option --%1 is required</translation>
    </message>
    <message>
        <source>does not exist; create it with &apos;regiedesk-cli --db %1 init&apos;</source>
        <translation>does not exist; create it with &apos;regiedesk-cli --db %1 init&apos;</translation>
    </message>
    <message>
        <source>Create the store and load the reference data.</source>
        <translation>Create the store and load the reference data.</translation>
    </message>
    <message>
        <source>Fill the store with invented demonstration data.</source>
        <translation>Fill the store with invented demonstration data.</translation>
    </message>
    <message>
        <source>Import the CBS population of 1 January of a year.</source>
        <translation>Import the CBS population of 1 January of a year.</translation>
    </message>
    <message>
        <source>Set the national number to house (vg) for a half-year.</source>
        <translation>Set the national number to house (vg) for a half-year.</translation>
    </message>
    <message>
        <source>Register a shift of quota between gemeenten.</source>
        <translation>Register a shift of quota between gemeenten.</translation>
    </message>
    <message>
        <source>Show the quota figures of every gemeente for a half-year.</source>
        <translation>Show the quota figures of every gemeente for a half-year.</translation>
    </message>
    <message>
        <source>Import households from a CSV file.</source>
        <translation>Import households from a CSV file.</translation>
    </message>
    <message>
        <source>Export all households to a CSV file.</source>
        <translation>Export all households to a CSV file.</translation>
    </message>
    <message>
        <source>End a household&apos;s coupling.</source>
        <translation>End a household&apos;s coupling.</translation>
    </message>
    <message>
        <source>List the open cases with their phase and due date.</source>
        <translation>List the open cases with their phase and due date.</translation>
    </message>
    <message>
        <source>Date of the change (default: today).</source>
        <translation>Date of the change (default: today).</translation>
    </message>
    <message>
        <source>Why (required; kept in the history).</source>
        <translation>Why (required; kept in the history).</translation>
    </message>
    <message>
        <source>V-NUMMER &quot;%1&quot; is not a V-nummer (ten digits)</source>
        <translation>V-NUMMER &quot;%1&quot; is not a V-nummer (ten digits)</translation>
    </message>
    <message>
        <source>V-nummer %1</source>
        <translation>V-nummer %1</translation>
    </message>
    <message>
        <source>no household in this store has a member with this V-nummer</source>
        <translation>no household in this store has a member with this V-nummer</translation>
    </message>
    <message>
        <source>CSV with one row per person (see docs/huishoudens-csv.md).</source>
        <translation>CSV with one row per person (see docs/huishoudens-csv.md).</translation>
    </message>
    <message>
        <source>%1 households imported from %2</source>
        <translation>%1 households imported from %2</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>%1 households exported to %2</source>
        <translation>%1 households exported to %2</translation>
    </message>
    <message>
        <source>V-nummer of any member of the household.</source>
        <translation>V-nummer of any member of the household.</translation>
    </message>
    <message>
        <source>Household of V-nummer %1 coupled to %2 (%3) on %4</source>
        <translation>Household of V-nummer %1 coupled to %2 (%3) on %4</translation>
    </message>
    <message>
        <source>Coupling of the household of V-nummer %1 ended on %2</source>
        <translation>Coupling of the household of V-nummer %1 ended on %2</translation>
    </message>
    <message>
        <source>CSV with a gemeente code and a population column per gemeente.</source>
        <translation>CSV with a gemeente code and a population column per gemeente.</translation>
    </message>
    <message>
        <source>The population is that of 1 January YYYY (required).</source>
        <translation>The population is that of 1 January YYYY (required).</translation>
    </message>
    <message>
        <source>--year &quot;%1&quot; is not a year such as 2024</source>
        <translation>--year &quot;%1&quot; is not a year such as 2024</translation>
    </message>
    <message>
        <source>%1 gemeenten imported for 1 January %2</source>
        <translation>%1 gemeenten imported for 1 January %2</translation>
    </message>
    <message>
        <source>The half-year, such as 2025-H1.</source>
        <translation>The half-year, such as 2025-H1.</translation>
    </message>
    <message>
        <source>Persons to house nationally in that half-year.</source>
        <translation>Persons to house nationally in that half-year.</translation>
    </message>
    <message>
        <source>vg for %1 set to %2</source>
        <translation>vg for %1 set to %2</translation>
    </message>
    <message>
        <source>Shifts such as GM0001=+5 GM0002=-5; together they sum to zero.</source>
        <translation>Shifts such as GM0001=+5 GM0002=-5; together they sum to zero.</translation>
    </message>
    <message>
        <source>Why the quota shift (required).</source>
        <translation>Why the quota shift (required).</translation>
    </message>
    <message>
        <source>Herverdeling %1 registered for %2: %3</source>
        <translation>Herverdeling %1 registered for %2: %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>Balance before</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Housed</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation>Ahead/behind</translation>
    </message>
    <message>
        <source>Only the gemeenten of region N (1-5).</source>
        <translation>Only the gemeenten of region N (1-5).</translation>
    </message>
    <message>
        <source>Store %1 is ready (schema version %2).</source>
        <translation>Store %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <source>Reference data: %1 gemeenten, %2 AZC locations, population of 1 January %3.</source>
        <translation>Reference data: %1 gemeenten, %2 AZC locations, population of 1 January %3.</translation>
    </message>
    <message>
        <source>Seed N: the same seed gives the same data (2025).</source>
        <translation>Seed N: the same seed gives the same data (2025).</translation>
    </message>
    <message>
        <source>--seed &quot;%1&quot; is too large (at most %2)</source>
        <translation>--seed &quot;%1&quot; is too large (at most %2)</translation>
    </message>
    <message>
        <source>--households &quot;%1&quot; is too large (at most 1000000)</source>
        <translation>--households &quot;%1&quot; is too large (at most 1000000)</translation>
    </message>
    <message>
        <source>Households: %1 of %2</source>
        <translation>Households: %1 of %2</translation>
    </message>
    <message>
        <source>Demo data: %1 households with %2 persons (seed %3, today %4).</source>
        <translation>Demo data: %1 households with %2 persons (seed %3, today %4).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;regiedesk-cli COMMAND --help&apos; for the arguments of a command.
Exit codes: 0 done, 1 refused (bad file, refused action, store cannot be opened), 2 wrong command line.</source>
        <translation>Run &apos;regiedesk-cli COMMAND --help&apos; for the arguments of a command.
Exit codes: 0 done, 1 refused (bad file, refused action, store cannot be opened), 2 wrong command line.</translation>
    </message>
    <message>
        <source>Try &apos;regiedesk-cli --help&apos;.</source>
        <translation>Try &apos;regiedesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not nl or en</source>
        <translation>--lang &quot;%1&quot; is not nl or en</translation>
    </message>
    <message>
        <source>Regiedesk on the command line: the store, quota and couplings.</source>
        <translation>Regiedesk on the command line: the store, quota and couplings.</translation>
    </message>
    <message>
        <source>The store FILE (default: the window&apos;s store, %1).</source>
        <translation>The store FILE (default: the window&apos;s store, %1).</translation>
    </message>
    <message>
        <source>Use DATE (YYYY-MM-DD) as today, for reproducible runs.</source>
        <translation>Use DATE (YYYY-MM-DD) as today, for reproducible runs.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>One of the commands below.</translation>
    </message>
    <message>
        <source>missing COMMAND</source>
        <translation>missing COMMAND</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Number of households to invent (20000).</source>
        <translation>Number of households to invent (20000).</translation>
    </message>
    <message>
        <source>Couple despite blocking checks (a placement criterion tied elsewhere, the reunification block, a gemeente outside the AZC&apos;s region); the reason is stored with the coupling.</source>
        <translation>Couple despite blocking checks (a placement criterion tied elsewhere, the reunification block, a gemeente outside the AZC&apos;s region); the reason is stored with the coupling.</translation>
    </message>
    <message>
        <source>coupling</source>
        <translation>coupling</translation>
    </message>
    <message>
        <source>refused: %1 Give --override-reason TEXT to couple anyway.</source>
        <translation>refused: %1 Give --override-reason TEXT to couple anyway.</translation>
    </message>
    <message>
        <source>Overridden (%1): %2</source>
        <translation>Overridden (%1): %2</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>Warning (%1): %2</translation>
    </message>
    <message>
        <source>Write a report for a half-year and a scope as CSV or PDF.</source>
        <translation>Write a report for a half-year and a scope as CSV or PDF.</translation>
    </message>
    <message>
        <source>Write the coupling letter of one household as PDF.</source>
        <translation>Write the coupling letter of one household as PDF.</translation>
    </message>
    <message>
        <source>Write the coupling letters of every household coupled on a day.</source>
        <translation>Write the coupling letters of every household coupled on a day.</translation>
    </message>
    <message>
        <source>The letter&apos;s language: %1 (default nl). The language of the messages is set by a --lang before the command, e.g. &apos;regiedesk-cli --lang en %2 ...&apos;.</source>
        <translation>The letter&apos;s language: %1 (default nl). The language of the messages is set by a --lang before the command, e.g. &apos;regiedesk-cli --lang en %2 ...&apos;.</translation>
    </message>
    <message>
        <source>The letter&apos;s date, the day it is handed out (default: today).</source>
        <translation>The letter&apos;s date, the day it is handed out (default: today).</translation>
    </message>
    <message>
        <source>Leave out the copy for the AZC location.</source>
        <translation>Leave out the copy for the AZC location.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a letter language; the languages are: %2</source>
        <translation>--lang &quot;%1&quot; is not a letter language; the languages are: %2</translation>
    </message>
    <message>
        <source>Coupling letter (%1) for V-nummer %2 written to %3</source>
        <translation>Coupling letter (%1) for V-nummer %2 written to %3</translation>
    </message>
    <message>
        <source>Every household whose coupling was made on DATE (required).</source>
        <translation>Every household whose coupling was made on DATE (required).</translation>
    </message>
    <message>
        <source>All letters in this one PDF instead of --out DIR.</source>
        <translation>All letters in this one PDF instead of --out DIR.</translation>
    </message>
    <message>
        <source>Only the households at the AZCs of region N (1-5).</source>
        <translation>Only the households at the AZCs of region N (1-5).</translation>
    </message>
    <message>
        <source>give either --out DIR or --single-file FILE, not both</source>
        <translation>give either --out DIR or --single-file FILE, not both</translation>
    </message>
    <message>
        <source> in region %1</source>
        <translation> in region %1</translation>
    </message>
    <message>
        <source>no household has an active coupling made on %1%2; no letters written</source>
        <translation>no household has an active coupling made on %1%2; no letters written</translation>
    </message>
    <message>
        <source>%1 of %2 households done</source>
        <translation>%1 of %2 households done</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n letter written to %1</numerusform>
            <numerusform>%n letters written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>regiedesk-cli: letters: %n household(s) refused (listed above)</source>
        <translation>
            <numerusform>regiedesk-cli: letters: %n household refused (listed above)</numerusform>
            <numerusform>regiedesk-cli: letters: %n households refused (listed above)</numerusform>
        </translation>
    </message>
    <message>
        <source>give at most one of --gemeente, --provincie and --region</source>
        <translation>give at most one of --gemeente, --provincie and --region</translation>
    </message>
    <message>
        <source>--provincie needs the name of a province</source>
        <translation>--provincie needs the name of a province</translation>
    </message>
    <message>
        <source>the option --format is required (csv or pdf)</source>
        <translation>the option --format is required (csv or pdf)</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not csv or pdf</source>
        <translation>--format &quot;%1&quot; is not csv or pdf</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>The report: %1.</translation>
    </message>
    <message>
        <source>The half-year (required).</source>
        <translation>The half-year (required).</translation>
    </message>
    <message>
        <source>Only this gemeente&apos;s own households.</source>
        <translation>Only this gemeente&apos;s own households.</translation>
    </message>
    <message>
        <source>Only the gemeenten of this province, e.g. Utrecht.</source>
        <translation>Only the gemeenten of this province, e.g. Utrecht.</translation>
    </message>
    <message>
        <source>Only the gemeenten of region N (1-5). Without a scope option: the whole country.</source>
        <translation>Only the gemeenten of region N (1-5). Without a scope option: the whole country.</translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM, &apos;;&apos;, for Excel) or pdf (default: from the extension of --out).</source>
        <translation>csv (UTF-8 with BOM, &apos;;&apos;, for Excel) or pdf (default: from the extension of --out).</translation>
    </message>
    <message>
        <source>The file to write (required); &apos;-&apos; writes CSV to standard output.</source>
        <translation>The file to write (required); &apos;-&apos; writes CSV to standard output.</translation>
    </message>
    <message>
        <source>toezicht: the tolerated backlog as a fraction of the quota (default: the setting in the store, 1/6 when not set).</source>
        <translation>toezicht: the tolerated backlog as a fraction of the quota (default: the setting in the store, 1/6 when not set).</translation>
    </message>
    <message>
        <source>NAME &quot;%1&quot; is not a report; the reports are: %2</source>
        <translation>NAME &quot;%1&quot; is not a report; the reports are: %2</translation>
    </message>
    <message>
        <source>--out - (standard output) is for CSV only</source>
        <translation>--out - (standard output) is for CSV only</translation>
    </message>
    <message>
        <source>--tolerance &quot;%1&quot; is not a fraction such as 1/6 (at most 1)</source>
        <translation>--tolerance &quot;%1&quot; is not a fraction such as 1/6 (at most 1)</translation>
    </message>
    <message>
        <source>%1 (%2, %3) written to %4</source>
        <translation>%1 (%2, %3) written to %4</translation>
    </message>
    <message>
        <source>%1, blocked until %2</source>
        <translation>%1, blocked until %2</translation>
    </message>
    <message>
        <source>Check every page and every reference of the store.</source>
        <translation>Check every page and every reference of the store.</translation>
    </message>
    <message>
        <source>Upgrade a store of an older version (after a backup copy).</source>
        <translation>Upgrade a store of an older version (after a backup copy).</translation>
    </message>
    <message>
        <source>Couple a household to a gemeente or a partnership.</source>
        <translation>Couple a household to a gemeente or a partnership.</translation>
    </message>
    <message>
        <source>Record a dated event of a case (BRP, vhg, offer, lease, move, uitschrijving).</source>
        <translation>Record a dated event of a case (BRP, vhg, offer, lease, move, uitschrijving).</translation>
    </message>
    <message>
        <source>Block placement for family reunification, or decide at the block&apos;s end.</source>
        <translation>Block placement for family reunification, or decide at the block&apos;s end.</translation>
    </message>
    <message>
        <source>Mark a household as zelfhuisvester (housing found itself).</source>
        <translation>Mark a household as zelfhuisvester (housing found itself).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no partnership: write SV:NAME or SV:ID</source>
        <translation>&quot;%1&quot; names no partnership: write SV:NAME or SV:ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gemeente code (GM and four digits) or a partnership (SV:NAME or SV:ID)</source>
        <translation>&quot;%1&quot; is not a gemeente code (GM and four digits) or a partnership (SV:NAME or SV:ID)</translation>
    </message>
    <message>
        <source>no such partnership: this store has none</source>
        <translation>no such partnership: this store has none</translation>
    </message>
    <message>
        <source>no such partnership; this store has: %1</source>
        <translation>no such partnership; this store has: %1</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>Replace FILE when it exists.</translation>
    </message>
    <message>
        <source>A gemeente by its code, such as GM0363, or a partnership as a whole by SV:NAME (its name, in any case) or SV:ID (its number): its coordinating gemeente houses the household in a member.</source>
        <translation>A gemeente by its code, such as GM0363, or a partnership as a whole by SV:NAME (its name, in any case) or SV:ID (its number): its coordinating gemeente houses the household in a member.</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Warning: %1: %2</translation>
    </message>
    <message>
        <source>The PDF file to write (required); &apos;-&apos; writes it to standard output.</source>
        <translation>The PDF file to write (required); &apos;-&apos; writes it to standard output.</translation>
    </message>
    <message>
        <source>Replace the --out file when it exists.</source>
        <translation>Replace the --out file when it exists.</translation>
    </message>
    <message>
        <source>the letter was recorded but could not be written to standard output</source>
        <translation>the letter was recorded but could not be written to standard output</translation>
    </message>
    <message>
        <source>Replace letter files that exist (the --single-file FILE, or the household files in --out DIR).</source>
        <translation>Replace letter files that exist (the --single-file FILE, or the household files in --out DIR).</translation>
    </message>
    <message>
        <source>Of which exceptions</source>
        <translation>Of which exceptions</translation>
    </message>
    <message>
        <source>%1: every page and every reference between rows is in order (schema version %2).</source>
        <translation>%1: every page and every reference between rows is in order (schema version %2).</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1 is up to date (schema version %2).</translation>
    </message>
    <message>
        <source>%1 upgraded to schema version %2; the file as it was is kept as %3.</source>
        <translation>%1 upgraded to schema version %2; the file as it was is kept as %3.</translation>
    </message>
    <message>
        <source>The day the family may come: placement is blocked for 3 months from then.</source>
        <translation>The day the family may come: placement is blocked for 3 months from then.</translation>
    </message>
    <message>
        <source>The decision at the end of the block: single (house the household as it is) or wait (for the family); with --date.</source>
        <translation>The decision at the end of the block: single (house the household as it is) or wait (for the family); with --date.</translation>
    </message>
    <message>
        <source>The day of the decision (default: today).</source>
        <translation>The day of the decision (default: today).</translation>
    </message>
    <message>
        <source>Clear the decision.</source>
        <translation>Clear the decision.</translation>
    </message>
    <message>
        <source>Clear the block (only while nothing was decided).</source>
        <translation>Clear the block (only while nothing was decided).</translation>
    </message>
    <message>
        <source>give one of --block-from DATE, --decision single|wait, --clear-decision or --clear-block</source>
        <translation>give one of --block-from DATE, --decision single|wait, --clear-decision or --clear-block</translation>
    </message>
    <message>
        <source>--decision &quot;%1&quot; is not single or wait</source>
        <translation>--decision &quot;%1&quot; is not single or wait</translation>
    </message>
    <message>
        <source>Reunification block of the household of V-nummer %1 cleared</source>
        <translation>Reunification block of the household of V-nummer %1 cleared</translation>
    </message>
    <message>
        <source>Placement of the household of V-nummer %1 blocked from %2 until %3 (family reunification)</source>
        <translation>Placement of the household of V-nummer %1 blocked from %2 until %3 (family reunification)</translation>
    </message>
    <message>
        <source>Reunification decision of the household of V-nummer %1 cleared</source>
        <translation>Reunification decision of the household of V-nummer %1 cleared</translation>
    </message>
    <message>
        <source>Reunification decision for the household of V-nummer %1: %2 (%3)</source>
        <translation>Reunification decision for the household of V-nummer %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The day the household signed the lease of the home it found (ends phase 2).</source>
        <translation>The day the household signed the lease of the home it found (ends phase 2).</translation>
    </message>
    <message>
        <source>The household is not a zelfhuisvester after all.</source>
        <translation>The household is not a zelfhuisvester after all.</translation>
    </message>
    <message>
        <source>--undo takes no --date</source>
        <translation>--undo takes no --date</translation>
    </message>
    <message>
        <source>The household of V-nummer %1 is no longer a zelfhuisvester</source>
        <translation>The household of V-nummer %1 is no longer a zelfhuisvester</translation>
    </message>
    <message>
        <source>The household of V-nummer %1 is a zelfhuisvester (housing found in the coupled gemeente)</source>
        <translation>The household of V-nummer %1 is a zelfhuisvester (housing found in the coupled gemeente)</translation>
    </message>
    <message>
        <source>The event: %1.</source>
        <translation>The event: %1.</translation>
    </message>
    <message>
        <source>The day of the event (default: today).</source>
        <translation>The day of the event (default: today).</translation>
    </message>
    <message>
        <source>uitschrijving: the gemeente that housed the household; offer: the gemeente that offered the dwelling (default: the coupled one).</source>
        <translation>uitschrijving: the gemeente that housed the household; offer: the gemeente that offered the dwelling (default: the coupled one).</translation>
    </message>
    <message>
        <source>A note (vhg, offer).</source>
        <translation>A note (vhg, offer).</translation>
    </message>
    <message>
        <source>Clear a date (brp, lease-signed, lease-start, move, uitschrijving).</source>
        <translation>Clear a date (brp, lease-signed, lease-start, move, uitschrijving).</translation>
    </message>
    <message>
        <source>NAME &quot;%1&quot; is not an event; the events are: %2</source>
        <translation>NAME &quot;%1&quot; is not an event; the events are: %2</translation>
    </message>
    <message>
        <source>--clear is for the dates brp, lease-signed, lease-start, move and uitschrijving</source>
        <translation>--clear is for the dates brp, lease-signed, lease-start, move and uitschrijving</translation>
    </message>
    <message>
        <source>%1 of the household of V-nummer %2 cleared</source>
        <translation>%1 of the household of V-nummer %2 cleared</translation>
    </message>
    <message>
        <source>%1 of the household of V-nummer %2 recorded on %3</source>
        <translation>%1 of the household of V-nummer %2 recorded on %3</translation>
    </message>
    <message>
        <source>Set the population the province decided for a gemeente (art. 30).</source>
        <translation>Set the population the province decided for a gemeente (art. 30).</translation>
    </message>
    <message>
        <source>Register a refused dwelling or a no-show at signing.</source>
        <translation>Register a refused dwelling or a no-show at signing.</translation>
    </message>
    <message>
        <source>Record the COA&apos;s judgement of a household&apos;s open refusal.</source>
        <translation>Record the COA&apos;s judgement of a household&apos;s open refusal.</translation>
    </message>
    <message>
        <source>Record the new candidate coupled for a refused dwelling.</source>
        <translation>Record the new candidate coupled for a refused dwelling.</translation>
    </message>
    <message>
        <source>Why the vg is set less than 13 weeks before its half-year, or after it began (required then).</source>
        <translation>Why the vg is set less than 13 weeks before its half-year, or after it began (required then).</translation>
    </message>
    <message>
        <source>%1; give the reason with --reason TEXT</source>
        <translation>%1; give the reason with --reason TEXT</translation>
    </message>
    <message>
        <source>Warning: %1. Reason recorded: %2</source>
        <translation>Warning: %1. Reason recorded: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The gemeente, such as GM0344.</source>
        <translation>The gemeente, such as GM0344.</translation>
    </message>
    <message>
        <source>The population the province set for it (art. 30), used instead of the CBS figure for that half-year&apos;s quota.</source>
        <translation>The population the province set for it (art. 30), used instead of the CBS figure for that half-year&apos;s quota.</translation>
    </message>
    <message>
        <source>The province&apos;s decision, e.g. a merger (required).</source>
        <translation>The province&apos;s decision, e.g. a merger (required).</translation>
    </message>
    <message>
        <source>GM-CODE &quot;%1&quot; is not a gemeente code (GM and four digits)</source>
        <translation>GM-CODE &quot;%1&quot; is not a gemeente code (GM and four digits)</translation>
    </message>
    <message>
        <source>Population of %1 for %2 set to %3 (art. 30)</source>
        <translation>Population of %1 for %2 set to %3 (art. 30)</translation>
    </message>
    <message>
        <source>Taakstelling of %1 (%2) for %3: %4</source>
        <translation>Taakstelling of %1 (%2) for %3: %4</translation>
    </message>
    <message>
        <source>Quota %1: vg %2, national population %3 (1 January %4), pipeline and coupled on %5</source>
        <translation>Quota %1: vg %2, national population %3 (1 January %4), pipeline and coupled on %5</translation>
    </message>
    <message>
        <source>Pipeline (signed)</source>
        <translation>Pipeline (signed)</translation>
    </message>
    <message>
        <source>Coupled, not housed</source>
        <translation>Coupled, not housed</translation>
    </message>
    <message>
        <source>Mediation stopped on %1 (handbook 3.4.2): the household of V-nummer %2 refused again after an unjustified refusal; its coupling ended. Couple a new candidate for the dwelling by %3.</source>
        <translation>Mediation stopped on %1 (handbook 3.4.2): the household of V-nummer %2 refused again after an unjustified refusal; its coupling ended. Couple a new candidate for the dwelling by %3.</translation>
    </message>
    <message>
        <source>Mediation continues for the household of V-nummer %1: its coupling is in force again.</source>
        <translation>Mediation continues for the household of V-nummer %1: its coupling is in force again.</translation>
    </message>
    <message>
        <source>The date of the refusal, or of the missed signing (required).</source>
        <translation>The date of the refusal, or of the missed signing (required).</translation>
    </message>
    <message>
        <source>What happened, in a few words (required; not in the reports).</source>
        <translation>What happened, in a few words (required; not in the reports).</translation>
    </message>
    <message>
        <source>The holder did not come to sign the lease: that counts as a refusal too. Without it: the dwelling was refused on site.</source>
        <translation>The holder did not come to sign the lease: that counts as a refusal too. Without it: the dwelling was refused on site.</translation>
    </message>
    <message>
        <source>The gemeente that offered the dwelling: a member of the coupled partnership (default: the coupled gemeente).</source>
        <translation>The gemeente that offered the dwelling: a member of the coupled partnership (default: the coupled gemeente).</translation>
    </message>
    <message>
        <source>Lost rent the gemeente claims for the dwelling, in euro (850 or 850,50).</source>
        <translation>Lost rent the gemeente claims for the dwelling, in euro (850 or 850,50).</translation>
    </message>
    <message>
        <source>Refusal of %1 (%2) registered for the household of V-nummer %3, dwelling of %4; the COA judges it by %5</source>
        <translation>Refusal of %1 (%2) registered for the household of V-nummer %3, dwelling of %4; the COA judges it by %5</translation>
    </message>
    <message>
        <source>The date of the judgement (required).</source>
        <translation>The date of the judgement (required).</translation>
    </message>
    <message>
        <source>The refusal was justified: only a mandatory placement criterion justifies it.</source>
        <translation>The refusal was justified: only a mandatory placement criterion justifies it.</translation>
    </message>
    <message>
        <source>The refusal was not justified: the household gets one more chance; the next refusal stops mediation.</source>
        <translation>The refusal was not justified: the household gets one more chance; the next refusal stops mediation.</translation>
    </message>
    <message>
        <source>With --justified the mandatory placement criterion, one of: %1 (required). With --unjustified: %2 (the default).</source>
        <translation>With --justified the mandatory placement criterion, one of: %1 (required). With --unjustified: %2 (the default).</translation>
    </message>
    <message>
        <source>give either --justified or --unjustified</source>
        <translation>give either --justified or --unjustified</translation>
    </message>
    <message>
        <source>--justified needs --reason, one of: %1</source>
        <translation>--justified needs --reason, one of: %1</translation>
    </message>
    <message>
        <source>the household has no refusal waiting for a judgement</source>
        <translation>the household has no refusal waiting for a judgement</translation>
    </message>
    <message>
        <source>--reason &quot;%1&quot; is not on the list for this judgement: %2</source>
        <translation>--reason &quot;%1&quot; is not on the list for this judgement: %2</translation>
    </message>
    <message>
        <source>Refusal of %1 of the household of V-nummer %2 judged %3 (%4) on %5</source>
        <translation>Refusal of %1 of the household of V-nummer %2 judged %3 (%4) on %5</translation>
    </message>
    <message>
        <source>The date a new candidate was coupled for the refused dwelling (required).</source>
        <translation>The date a new candidate was coupled for the refused dwelling (required).</translation>
    </message>
    <message>
        <source>the household has no refusal</source>
        <translation>the household has no refusal</translation>
    </message>
    <message>
        <source>New candidate coupled on %1 for the dwelling the household of V-nummer %2 refused on %3 (due by %4)</source>
        <translation>New candidate coupled on %1 for the dwelling the household of V-nummer %2 refused on %3 (due by %4)</translation>
    </message>
    <message>
        <source>Late: the new candidate was due by %1 (handbook 3.4.2: within two weeks).</source>
        <translation>Late: the new candidate was due by %1 (handbook 3.4.2: within two weeks).</translation>
    </message>
    <message>
        <source>Household of V-nummer %1 coupled to %2 on %3; its coordinator %4 (%5) houses it in a member</source>
        <translation>Household of V-nummer %1 coupled to %2 on %3; its coordinator %4 (%5) houses it in a member</translation>
    </message>
    <message>
        <source>One language for every letter: %1. Without it each household gets its letter in Dutch and, beside it, in its own language (the one recorded at intake; Dutch only when there is no template for it). The language of the messages is set by a --lang before the command, e.g. &apos;regiedesk-cli --lang en %2 ...&apos;.</source>
        <translation>One language for every letter: %1. Without it each household gets its letter in Dutch and, beside it, in its own language (the one recorded at intake; Dutch only when there is no template for it). The language of the messages is set by a --lang before the command, e.g. &apos;regiedesk-cli --lang en %2 ...&apos;.</translation>
    </message>
    <message>
        <source>no language recorded</source>
        <translation>no language recorded</translation>
    </message>
    <message>
        <source>Note: %1: no letter template for %2; Dutch only</source>
        <translation>Note: %1: no letter template for %2; Dutch only</translation>
    </message>
    <message>
        <source>The folder for one PDF per household and language, koppelingsbrief-V-NUMMER-LANG.pdf; created when missing.</source>
        <translation>The folder for one PDF per household and language, koppelingsbrief-V-NUMMER-LANG.pdf; created when missing.</translation>
    </message>
    <message>
        <source>Record changes as made by NAME (default: the login name).</source>
        <translation>Record changes as made by NAME (default: the login name).</translation>
    </message>
    <message>
        <source>List the change log: who changed what, when and why.</source>
        <translation>List the change log: who changed what, when and why.</translation>
    </message>
    <message>
        <source>Check that no entry of the change log was changed, removed, inserted or reordered.</source>
        <translation>Check that no entry of the change log was changed, removed, inserted or reordered.</translation>
    </message>
    <message>
        <source>(migrated) %1</source>
        <translation>(migrated) %1</translation>
    </message>
    <message>
        <source>%1 (undoes %2)</source>
        <translation>%1 (undoes %2)</translation>
    </message>
    <message>
        <source>Only the entries about the household with this V-nummer.</source>
        <translation>Only the entries about the household with this V-nummer.</translation>
    </message>
    <message>
        <source>Only the entries from this day on.</source>
        <translation>Only the entries from this day on.</translation>
    </message>
    <message>
        <source>--household &quot;%1&quot; is not a V-nummer (10 digits)</source>
        <translation>--household &quot;%1&quot; is not a V-nummer (10 digits)</translation>
    </message>
    <message>
        <source>change log entry %1</source>
        <translation>change log entry %1</translation>
    </message>
    <message>
        <source>%1: the change log is whole: %2 entries, head %3 (%4 of them checked against this device&apos;s copy).</source>
        <translation>%1: the change log is whole: %2 entries, head %3 (%4 of them checked against this device&apos;s copy).</translation>
    </message>
    <message>
        <source>%1: the change log is empty.</source>
        <translation>%1: the change log is empty.</translation>
    </message>
    <message>
        <source>--user is empty; give a name</source>
        <translation>--user is empty; give a name</translation>
    </message>
    <message>
        <source>--user &quot;%1&quot;: %2</source>
        <translation>--user &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Rank the gemeenten and partnerships of a household&apos;s region, with every factor and its weight.</source>
        <translation>Rank the gemeenten and partnerships of a household&apos;s region, with every factor and its weight.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Excluded because</source>
        <translation>Excluded because</translation>
    </message>
    <message>
        <source>%1 eligible</source>
        <translation>%1 eligible</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 excluded</translation>
    </message>
    <message>
        <source>A member of the household.</source>
        <translation>A member of the household.</translation>
    </message>
    <message>
        <source>Set the weights of the suggestions&apos; factors (a beheerder&apos;s setting, recorded in the change log).</source>
        <translation>Set the weights of the suggestions&apos; factors (a beheerder&apos;s setting, recorded in the change log).</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; (0 to 10); unchanged when not given.</source>
        <translation>The weight of &quot;%1&quot; (0 to 10); unchanged when not given.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a weight between 0 and 10</source>
        <translation>--%1 &quot;%2&quot; is not a weight between 0 and 10</translation>
    </message>
    <message>
        <source>Weights of the suggestions: %1</source>
        <translation>Weights of the suggestions: %1</translation>
    </message>
    <message>
        <source>Propose the optimal plan for a region&apos;s waiting households, with every factor; --commit couples it.</source>
        <translation>Propose the optimal plan for a region&apos;s waiting households, with every factor; --commit couples it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a V-nummer (ten digits)</source>
        <translation>&quot;%1&quot; is not a V-nummer (ten digits)</translation>
    </message>
    <message>
        <source>the file names no household</source>
        <translation>the file names no household</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>%1 of %2 households placed</source>
        <translation>%1 of %2 households placed</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 persons</translation>
    </message>
    <message>
        <source>Objective %1, bound %2, gap 0: proven optimal</source>
        <translation>Objective %1, bound %2, gap 0: proven optimal</translation>
    </message>
    <message>
        <source>Objective %1, bound %2, gap %3: not proven optimal within the time limit</source>
        <translation>Objective %1, bound %2, gap %3: not proven optimal within the time limit</translation>
    </message>
    <message>
        <source>Greedy (queue order, each to its best target with room): objective %1, %2 households placed; spread of the backlogs %3 against %4</source>
        <translation>Greedy (queue order, each to its best target with room): objective %1, %2 households placed; spread of the backlogs %3 against %4</translation>
    </message>
    <message>
        <source>The COA region (1-5) (required).</source>
        <translation>The COA region (1-5) (required).</translation>
    </message>
    <message>
        <source>Plan only these households: a file with one V-nummer per line, or a CSV file with a column v_nummer (default: every household waiting in the region).</source>
        <translation>Plan only these households: a file with one V-nummer per line, or a CSV file with a column v_nummer (default: every household waiting in the region).</translation>
    </message>
    <message>
        <source>Write the plan to this file instead of standard output.</source>
        <translation>Write the plan to this file instead of standard output.</translation>
    </message>
    <message>
        <source>Couple every placed household as the plan proposes, through the same checks as couple, as one step (needs --reason).</source>
        <translation>Couple every placed household as the plan proposes, through the same checks as couple, as one step (needs --reason).</translation>
    </message>
    <message>
        <source>Why (required with --commit; kept in the history).</source>
        <translation>Why (required with --commit; kept in the history).</translation>
    </message>
    <message>
        <source>--reason is for --commit</source>
        <translation>--reason is for --commit</translation>
    </message>
    <message>
        <source>Plan written to %1</source>
        <translation>Plan written to %1</translation>
    </message>
    <message>
        <source>the plan places no household</source>
        <translation>the plan places no household</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) coupled from the plan</source>
        <translation>
            <numerusform>%n household coupled from the plan</numerusform>
            <numerusform>%n households coupled from the plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Install or upgrade the team server&apos;s schema (server init).</source>
        <translation>Install or upgrade the team server&apos;s schema (server init).</translation>
    </message>
    <message>
        <source>Join this store to a team server as an account (--user).</source>
        <translation>Join this store to a team server as an account (--user).</translation>
    </message>
    <message>
        <source>Send this store&apos;s changes to the team server, then receive the others&apos;.</source>
        <translation>Send this store&apos;s changes to the team server, then receive the others&apos;.</translation>
    </message>
    <message>
        <source>List this store&apos;s changes the team server refused as conflicts.</source>
        <translation>List this store&apos;s changes the team server refused as conflicts.</translation>
    </message>
    <message>
        <source>Resolve a conflict: keep the server&apos;s version or make mine again on top of it.</source>
        <translation>Resolve a conflict: keep the server&apos;s version or make mine again on top of it.</translation>
    </message>
    <message>
        <source>Password for %1 at the server: </source>
        <translation>Password for %1 at the server: </translation>
    </message>
    <message>
        <source>The server, as postgresql://user@host:port/database (no password: it comes from a prompt or REGIEDESK_PASSWORD).</source>
        <translation>The server, as postgresql://user@host:port/database (no password: it comes from a prompt or REGIEDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>%1: the server&apos;s schema is up to date (version %2).</source>
        <translation>%1: the server&apos;s schema is up to date (version %2).</translation>
    </message>
    <message>
        <source>%1: schema version %2 installed (was %3): %4.</source>
        <translation>%1: schema version %2 installed (was %3): %4.</translation>
    </message>
    <message>
        <source>The team server, as postgresql://host:port/database (no password).</source>
        <translation>The team server, as postgresql://host:port/database (no password).</translation>
    </message>
    <message>
        <source>--user NAME is missing: the account at the server</source>
        <translation>--user NAME is missing: the account at the server</translation>
    </message>
    <message>
        <source>was not joined</source>
        <translation>was not joined</translation>
    </message>
    <message>
        <source>%1 is joined to %2 as %3 (device %4); changes from entry %5 on are sent by sync.</source>
        <translation>%1 is joined to %2 as %3 (device %4); changes from entry %5 on are sent by sync.</translation>
    </message>
    <message>
        <source>sent: %1 applied, %2 conflict, %3 no-op; received: %4</source>
        <translation>sent: %1 applied, %2 conflict, %3 no-op; received: %4</translation>
    </message>
    <message>
        <source>%1 received changes could not be made on this store; they are listed with the conflicts.</source>
        <translation>%1 received changes could not be made on this store; they are listed with the conflicts.</translation>
    </message>
    <message>
        <source>See the conflicts with: regiedesk-cli conflicts</source>
        <translation>See the conflicts with: regiedesk-cli conflicts</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>The conflict as `conflicts` lists it: an entry&apos;s number, or S and a server number.</source>
        <translation>The conflict as `conflicts` lists it: an entry&apos;s number, or S and a server number.</translation>
    </message>
    <message>
        <source>server: keep the server&apos;s version; mine: make my change again on top of it, as a new change.</source>
        <translation>server: keep the server&apos;s version; mine: make my change again on top of it, as a new change.</translation>
    </message>
    <message>
        <source>--take &quot;%1&quot;: give server or mine</source>
        <translation>--take &quot;%1&quot;: give server or mine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict&apos;s number (a number, or S and a number)</source>
        <translation>&quot;%1&quot; is not a conflict&apos;s number (a number, or S and a number)</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Conflict %1 resolved.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>the new password comes from a prompt (at a terminal) or REGIEDESK_NEW_PASSWORD</source>
        <translation>the new password comes from a prompt (at a terminal) or REGIEDESK_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>The same again: </translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing changed</source>
        <translation>the two passwords differ; nothing changed</translation>
    </message>
    <message>
        <source>No local accounts: this store is joined to a team server and works as %1, %2.</source>
        <translation>No local accounts: this store is joined to a team server and works as %1, %2.</translation>
    </message>
    <message>
        <source>No local accounts: the store has a single local user, who may do everything. Add a beheerder first (accounts add NAME --role beheerder).</source>
        <translation>No local accounts: the store has a single local user, who may do everything. Add a beheerder first (accounts add NAME --role beheerder).</translation>
    </message>
    <message>
        <source>add: the role: beheerder, regievoerder, programmabegeleider, gemeente or provincie.</source>
        <translation>add: the role: beheerder, regievoerder, programmabegeleider, gemeente or provincie.</translation>
    </message>
    <message>
        <source>add: a regievoerder&apos;s region (1 to 5).</source>
        <translation>add: a regievoerder&apos;s region (1 to 5).</translation>
    </message>
    <message>
        <source>add: a programmabegeleider&apos;s AZC location, by name.</source>
        <translation>add: a programmabegeleider&apos;s AZC location, by name.</translation>
    </message>
    <message>
        <source>add: a gemeente account&apos;s gemeente, by code (GM0000).</source>
        <translation>add: a gemeente account&apos;s gemeente, by code (GM0000).</translation>
    </message>
    <message>
        <source>add: a provincie account&apos;s province.</source>
        <translation>add: a provincie account&apos;s province.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; the actions are list, add, password and remove</source>
        <translation>unknown action &apos;%1&apos;; the actions are list, add, password and remove</translation>
    </message>
    <message>
        <source>%1 takes the account&apos;s name</source>
        <translation>%1 takes the account&apos;s name</translation>
    </message>
    <message>
        <source>list takes no name</source>
        <translation>list takes no name</translation>
    </message>
    <message>
        <source>Account %1 made: %2.</source>
        <translation>Account %1 made: %2.</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>Password of %1 set.</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Account %1 removed.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>%1 (this store has accounts: give --user NAME, and the password at the prompt or in REGIEDESK_PASSWORD)</source>
        <translation>%1 (this store has accounts: give --user NAME, and the password at the prompt or in REGIEDESK_PASSWORD)</translation>
    </message>
    <message>
        <source>List, add or remove the local accounts, or set a password (a beheerder&apos;s task).</source>
        <translation>List, add or remove the local accounts, or set a password (a beheerder&apos;s task).</translation>
    </message>
    <message>
        <source>No accounts on the server.</source>
        <translation>No accounts on the server.</translation>
    </message>
    <message>
        <source>Account %1 can no longer sign in at the server (what it sent stays, as history).</source>
        <translation>Account %1 can no longer sign in at the server (what it sent stays, as history).</translation>
    </message>
    <message>
        <source>Account %1 made at the server: %2.</source>
        <translation>Account %1 made at the server: %2.</translation>
    </message>
    <message>
        <source>Password of %1 set at the server.</source>
        <translation>Password of %1 set at the server.</translation>
    </message>
    <message>
        <source>init: install the team server&apos;s schema on an empty database, or upgrade it to this program&apos;s version. account list | add NAME | password NAME | remove NAME: the server&apos;s accounts (as the database&apos;s owner; a new password from a prompt or REGIEDESK_NEW_PASSWORD, never sent in clear).</source>
        <translation>init: install the team server&apos;s schema on an empty database, or upgrade it to this program&apos;s version. account list | add NAME | password NAME | remove NAME: the server&apos;s accounts (as the database&apos;s owner; a new password from a prompt or REGIEDESK_NEW_PASSWORD, never sent in clear).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action; give init, account list, account add NAME, account password NAME or account remove NAME</source>
        <translation>&apos;%1&apos; is not an action; give init, account list, account add NAME, account password NAME or account remove NAME</translation>
    </message>
    <message>
        <source>province figures published: %1 reports</source>
        <translation>province figures published: %1 reports</translation>
    </message>
    <message>
        <source>province figures received: %1 reports</source>
        <translation>province figures received: %1 reports</translation>
    </message>
    <message>
        <source>%1 published reports could not be read by this version of Regiedesk; the ones received before are kept.</source>
        <translation>%1 published reports could not be read by this version of Regiedesk; the ones received before are kept.</translation>
    </message>
    <message>
        <source>province figures not published or received this time: %1</source>
        <translation>province figures not published or received this time: %1</translation>
    </message>
    <message>
        <source>list; add NAME; password NAME; remove NAME. A store with accounts asks who you are (--user, the password from a prompt or REGIEDESK_PASSWORD); only a beheerder changes them, and every account its own password.</source>
        <translation>list; add NAME; password NAME; remove NAME. A store with accounts asks who you are (--user, the password from a prompt or REGIEDESK_PASSWORD); only a beheerder changes them, and every account its own password.</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n gemeente(n))</source>
        <translation>
            <numerusform>Total (%n gemeente)</numerusform>
            <numerusform>Total (%n gemeenten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactControle</name>
    <message>
        <source>holds &quot;%1&quot; at character %2; a telephone number holds digits, spaces, hyphens and a &quot;+&quot; at the start</source>
        <translation>holds &quot;%1&quot; at character %2; a telephone number holds digits, spaces, hyphens and a &quot;+&quot; at the start</translation>
    </message>
    <message>
        <source>has %1 digits; a telephone number has 5 to 15 digits</source>
        <translation>has %1 digits; a telephone number has 5 to 15 digits</translation>
    </message>
    <message>
        <source>is not an e-mail address of the form name@domain.nl</source>
        <translation>is not an e-mail address of the form name@domain.nl</translation>
    </message>
</context>
<context>
    <name>ControleCode</name>
    <message>
        <source>placement criterion tied to another gemeente</source>
        <translation>placement criterion tied to another gemeente</translation>
    </message>
    <message>
        <source>family reunification block</source>
        <translation>family reunification block</translation>
    </message>
    <message>
        <source>gemeente outside the AZC&apos;s region</source>
        <translation>gemeente outside the AZC&apos;s region</translation>
    </message>
    <message>
        <source>more than 8 persons</source>
        <translation>more than 8 persons</translation>
    </message>
    <message>
        <source>gemeente ahead while others are behind</source>
        <translation>gemeente ahead while others are behind</translation>
    </message>
    <message>
        <source>housing profile does not fit</source>
        <translation>housing profile does not fit</translation>
    </message>
</context>
<context>
    <name>Criterium</name>
    <message>
        <source>First-degree family (children under 18)</source>
        <translation>First-degree family (children under 18)</translation>
    </message>
    <message>
        <source>Specialised treatment that cannot move</source>
        <translation>Specialised treatment that cannot move</translation>
    </message>
    <message>
        <source>Very specific education</source>
        <translation>Very specific education</translation>
    </message>
    <message>
        <source>Employment (at least 6 months, 20 hours a week)</source>
        <translation>Employment (at least 6 months, 20 hours a week)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 line %2</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>is not valid UTF-8 text; save the file as UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>a quoted field is not closed (a &apos;&quot;&apos; is missing)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; put quotes around the whole field and double quotes inside it</source>
        <translation>unexpected text after a closing quote; put quotes around the whole field and double quotes inside it</translation>
    </message>
    <message>
        <source>has %1 fields where the header line has %2</source>
        <translation>has %1 fields where the header line has %2</translation>
    </message>
    <message>
        <source>is empty: there is no header line</source>
        <translation>is empty: there is no header line</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is too large to read</source>
        <translation>is too large to read</translation>
    </message>
    <message>
        <source>%1 line %2, column %3</source>
        <translation>%1 line %2, column %3</translation>
    </message>
    <message>
        <source>the field is longer than %1 characters</source>
        <translation>the field is longer than %1 characters</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; inside a field that does not start with one; put quotes around the whole field and double the quotes inside it</source>
        <translation>a &apos;&quot;&apos; inside a field that does not start with one; put quotes around the whole field and double the quotes inside it</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Demo data: %n household(s), seed %1</source>
        <translation>
            <numerusform>Demo data: %n household, seed %1</numerusform>
            <numerusform>Demo data: %n households, seed %1</numerusform>
        </translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>demo data is not taken back: start a new store</source>
        <translation>demo data is not taken back: start a new store</translation>
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
        <translation>the store has no AZC locations with gemeenten to place in</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 households were stored, %2 expected</source>
        <translation>%1 households were stored, %2 expected</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>the demo needs a valid date for today</source>
        <translation>the demo needs a valid date for today</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>the number of households cannot be negative</source>
        <translation>the number of households cannot be negative</translation>
    </message>
</context>
<context>
    <name>Fase</name>
    <message>
        <source>1 Coupling</source>
        <translation>1 Coupling</translation>
    </message>
    <message>
        <source>2 Housing</source>
        <translation>2 Housing</translation>
    </message>
    <message>
        <source>3 Move</source>
        <translation>3 Move</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Mediation stopped</source>
        <translation>Mediation stopped</translation>
    </message>
</context>
<context>
    <name>FaseStatistiek</name>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>the period needs a start on or before its end</source>
        <translation>the period needs a start on or before its end</translation>
    </message>
</context>
<context>
    <name>Gebeurtenis</name>
    <message>
        <source>Permit</source>
        <translation>Permit</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <source>BRP registration</source>
        <translation>BRP registration</translation>
    </message>
    <message>
        <source>Coupling letter handed out</source>
        <translation>Coupling letter handed out</translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation>Coupling</translation>
    </message>
    <message>
        <source>Gemeente notified of the coupling</source>
        <translation>Gemeente notified of the coupling</translation>
    </message>
    <message>
        <source>Gemeente notified: profile complete</source>
        <translation>Gemeente notified: profile complete</translation>
    </message>
    <message>
        <source>Dwelling offered</source>
        <translation>Dwelling offered</translation>
    </message>
    <message>
        <source>Dwelling refused</source>
        <translation>Dwelling refused</translation>
    </message>
    <message>
        <source>Lease signed</source>
        <translation>Lease signed</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>Lease start</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Uitschrijving (B12)</source>
        <translation>Uitschrijving (B12)</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Note changed</translation>
    </message>
</context>
<context>
    <name>GemeenteCommand</name>
    <message>
        <source>Edit the profile of %1</source>
        <translation>Edit the profile of %1</translation>
    </message>
    <message>
        <source>%1 joins a partnership</source>
        <translation>%1 joins a partnership</translation>
    </message>
    <message>
        <source>%1 leaves a partnership</source>
        <translation>%1 leaves a partnership</translation>
    </message>
</context>
<context>
    <name>GemeenteService</name>
    <message>
        <source>unknown gemeente %1</source>
        <translation>unknown gemeente %1</translation>
    </message>
    <message>
        <source>unknown partnership %1</source>
        <translation>unknown partnership %1</translation>
    </message>
    <message>
        <source>unknown housing profile code &quot;%1&quot;; known are: %2</source>
        <translation>unknown housing profile code &quot;%1&quot;; known are: %2</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>must be a single line</translation>
    </message>
    <message>
        <source>at most %1 characters (now %2)</source>
        <translation>at most %1 characters (now %2)</translation>
    </message>
    <message>
        <source>%1 is already a member of %2</source>
        <translation>%1 is already a member of %2</translation>
    </message>
    <message>
        <source>%1 lies in region %2, but the coordinator of %3, %4, in region %5</source>
        <translation>%1 lies in region %2, but the coordinator of %3, %4, in region %5</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 is not a member of %2</translation>
    </message>
    <message>
        <source>%1 coordinates %2 and cannot leave it</source>
        <translation>%1 coordinates %2 and cannot leave it</translation>
    </message>
    <message>
        <source>%1 cannot leave %2: a partnership needs two or more gemeenten</source>
        <translation>%1 cannot leave %2: a partnership needs two or more gemeenten</translation>
    </message>
</context>
<context>
    <name>GewichtenCommand</name>
    <message>
        <source>Weights of the suggestions</source>
        <translation>Weights of the suggestions</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Weights: %1</translation>
    </message>
</context>
<context>
    <name>Gezinshereniging</name>
    <message>
        <source>House the household as it is</source>
        <translation>House the household as it is</translation>
    </message>
    <message>
        <source>Wait for the family</source>
        <translation>Wait for the family</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>unknown household %1</source>
        <translation>unknown household %1</translation>
    </message>
    <message>
        <source>the household has no family reunification date; nothing to decide</source>
        <translation>the household has no family reunification date; nothing to decide</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>a valid date is required</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 lies in the future</translation>
    </message>
    <message>
        <source>the decision is taken when the block ends on %1, not on %2</source>
        <translation>the decision is taken when the block ends on %1, not on %2</translation>
    </message>
    <message>
        <source>a household cannot join itself</source>
        <translation>a household cannot join itself</translation>
    </message>
    <message>
        <source>household %1 itself joins household %2; link to that one</source>
        <translation>household %1 itself joins household %2; link to that one</translation>
    </message>
    <message>
        <source>other households join this one; it cannot join another</source>
        <translation>other households join this one; it cannot join another</translation>
    </message>
    <message>
        <source>the household has already moved</source>
        <translation>the household has already moved</translation>
    </message>
    <message>
        <source>a decision was taken at the end of the block; clear the decision first</source>
        <translation>a decision was taken at the end of the block; clear the decision first</translation>
    </message>
    <message>
        <source>%1 lies before the permit of %2</source>
        <translation>%1 lies before the permit of %2</translation>
    </message>
</context>
<context>
    <name>GrafiekExport</name>
    <message>
        <source>there is no chart to export</source>
        <translation>there is no chart to export</translation>
    </message>
    <message>
        <source>the image could not be made</source>
        <translation>the image could not be made</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>the chart could not be drawn</translation>
    </message>
</context>
<context>
    <name>HerenigingCommand</name>
    <message>
        <source>Clear the reunification decision</source>
        <translation>Clear the reunification decision</translation>
    </message>
    <message>
        <source>Reunification decision: %1</source>
        <translation>Reunification decision: %1</translation>
    </message>
</context>
<context>
    <name>HerenigingVanafCommand</name>
    <message>
        <source>Block placement for family reunification from %1</source>
        <translation>Block placement for family reunification from %1</translation>
    </message>
    <message>
        <source>Clear the reunification block</source>
        <translation>Clear the reunification block</translation>
    </message>
</context>
<context>
    <name>Herhaling</name>
    <message>
        <source>change log entry %1</source>
        <translation>change log entry %1</translation>
    </message>
    <message>
        <source>it names entry %1, which was not replayed</source>
        <translation>it names entry %1, which was not replayed</translation>
    </message>
    <message>
        <source>type %1 cannot be replayed</source>
        <translation>type %1 cannot be replayed</translation>
    </message>
</context>
<context>
    <name>Herverdeling</name>
    <message>
        <source>expected GM0000=+N or GM0000=-N</source>
        <translation>expected GM0000=+N or GM0000=-N</translation>
    </message>
    <message>
        <source>appears more than once in the redistribution</source>
        <translation>appears more than once in the redistribution</translation>
    </message>
    <message>
        <source>a shift of zero is not a redistribution</source>
        <translation>a shift of zero is not a redistribution</translation>
    </message>
    <message>
        <source>a redistribution needs two or more gemeenten</source>
        <translation>a redistribution needs two or more gemeenten</translation>
    </message>
    <message>
        <source>the shifts add up to %1; they must add up to 0 so the sum of the quotas stays the same</source>
        <translation>the shifts add up to %1; they must add up to 0 so the sum of the quotas stays the same</translation>
    </message>
</context>
<context>
    <name>HuishoudenCsv</name>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>the required column &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the household key (the reference person&apos;s V-number) is empty</source>
        <translation>the household key (the reference person&apos;s V-number) is empty</translation>
    </message>
    <message>
        <source>holds no households</source>
        <translation>holds no households</translation>
    </message>
    <message>
        <source>%1 line %2, %3</source>
        <translation>%1 line %2, %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date written as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1 (yes) or 0 (no)</source>
        <translation>&quot;%1&quot; must be 1 (yes) or 0 (no)</translation>
    </message>
    <message>
        <source>gemeente %1 is not known in this store</source>
        <translation>gemeente %1 is not known in this store</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (regulier, hervestiging, b9 or amv)</source>
        <translation>&quot;%1&quot; is not a category (regulier, hervestiging, b9 or amv)</translation>
    </message>
    <message>
        <source>AZC location &quot;%1&quot; is not known in this store</source>
        <translation>AZC location &quot;%1&quot; is not known in this store</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>&quot;%1&quot; is not a whole number of zero or more</translation>
    </message>
    <message>
        <source>differs from line %1 of the same household (leave it empty or write the same value)</source>
        <translation>differs from line %1 of the same household (leave it empty or write the same value)</translation>
    </message>
    <message>
        <source>the household key %1 must be the V-number of its reference person (%2)</source>
        <translation>the household key %1 must be the V-number of its reference person (%2)</translation>
    </message>
    <message>
        <source>%1 is already registered in this store</source>
        <translation>%1 is already registered in this store</translation>
    </message>
    <message>
        <source>%1 also occurs on line %2</source>
        <translation>%1 also occurs on line %2</translation>
    </message>
    <message>
        <source>the criterion must start with familie, behandeling, opleiding or werk</source>
        <translation>the criterion must start with familie, behandeling, opleiding or werk</translation>
    </message>
</context>
<context>
    <name>HuishoudenJson</name>
    <message>
        <source>missing or not readable</source>
        <translation>missing or not readable</translation>
    </message>
    <message>
        <source>AZC %1 is not in this store&apos;s reference data</source>
        <translation>AZC %1 is not in this store&apos;s reference data</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>unknown category</translation>
    </message>
    <message>
        <source>unknown criterion</source>
        <translation>unknown criterion</translation>
    </message>
</context>
<context>
    <name>HuishoudenRepository</name>
    <message>
        <source> (and %1 more)</source>
        <translation> (and %1 more)</translation>
    </message>
    <message>
        <source>this household is already stored (id %1)</source>
        <translation>this household is already stored (id %1)</translation>
    </message>
    <message>
        <source>household %1 (V-number %2)</source>
        <translation>household %1 (V-number %2)</translation>
    </message>
    <message>
        <source>the household cannot be stored (unknown AZC or gemeente?): %1</source>
        <translation>the household cannot be stored (unknown AZC or gemeente?): %1</translation>
    </message>
    <message>
        <source>household %1 does not exist</source>
        <translation>household %1 does not exist</translation>
    </message>
    <message>
        <source>the intake interview cannot be stored: %1</source>
        <translation>the intake interview cannot be stored: %1</translation>
    </message>
    <message>
        <source>the criterion cannot be stored (unknown gemeente %1?): %2</source>
        <translation>the criterion cannot be stored (unknown gemeente %1?): %2</translation>
    </message>
    <message>
        <source>V-number %1 is already registered in this store</source>
        <translation>V-number %1 is already registered in this store</translation>
    </message>
    <message>
        <source>BSN %1 (V-number %2) is already registered in this store</source>
        <translation>BSN %1 (V-number %2) is already registered in this store</translation>
    </message>
    <message>
        <source>person %1 cannot be stored: %2</source>
        <translation>person %1 cannot be stored: %2</translation>
    </message>
    <message>
        <source>the note cannot be stored: %1</source>
        <translation>the note cannot be stored: %1</translation>
    </message>
</context>
<context>
    <name>HuishoudenStatus</name>
    <message>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>phase 1: coupling (reunification block until %1)</source>
        <translation>phase 1: coupling (reunification block until %1)</translation>
    </message>
    <message>
        <source>phase 1: coupling (%1)</source>
        <translation>phase 1: coupling (%1)</translation>
    </message>
    <message>
        <source>phase 3: moving (%1)</source>
        <translation>phase 3: moving (%1)</translation>
    </message>
    <message>
        <source>phase 2: finding a dwelling (%1)</source>
        <translation>phase 2: finding a dwelling (%1)</translation>
    </message>
    <message>
        <source>housed (found a home itself)</source>
        <translation>housed (found a home itself)</translation>
    </message>
    <message>
        <source>housed</source>
        <translation>housed</translation>
    </message>
    <message>
        <source>housed in %1 (found a home itself)</source>
        <translation>housed in %1 (found a home itself)</translation>
    </message>
    <message>
        <source>housed in %1</source>
        <translation>housed in %1</translation>
    </message>
    <message>
        <source>mediation stopped on %1</source>
        <translation>mediation stopped on %1</translation>
    </message>
    <message>
        <source>V %1</source>
        <translation>V %1</translation>
    </message>
    <message>
        <source>coupled to %1</source>
        <translation>coupled to %1</translation>
    </message>
</context>
<context>
    <name>HuishoudenValidatie</name>
    <message>
        <source>a household needs at least one person</source>
        <translation>a household needs at least one person</translation>
    </message>
    <message>
        <source>the V-number must be exactly 10 digits</source>
        <translation>the V-number must be exactly 10 digits</translation>
    </message>
    <message>
        <source>V-number %1 is already used by person %2 of this household</source>
        <translation>V-number %1 is already used by person %2 of this household</translation>
    </message>
    <message>
        <source>the BSN must be 9 digits that pass the 11-proef; leave it empty until the BRP registration</source>
        <translation>the BSN must be 9 digits that pass the 11-proef; leave it empty until the BRP registration</translation>
    </message>
    <message>
        <source>BSN %1 is already used by person %2 of this household</source>
        <translation>BSN %1 is already used by person %2 of this household</translation>
    </message>
    <message>
        <source>the given names are required</source>
        <translation>the given names are required</translation>
    </message>
    <message>
        <source>the surname is required</source>
        <translation>the surname is required</translation>
    </message>
    <message>
        <source>the date of birth is required</source>
        <translation>the date of birth is required</translation>
    </message>
    <message>
        <source>the date of birth lies in the future</source>
        <translation>the date of birth lies in the future</translation>
    </message>
    <message>
        <source>the date of birth lies before 1900</source>
        <translation>the date of birth lies before 1900</translation>
    </message>
    <message>
        <source>the sex must be M, V or X</source>
        <translation>the sex must be M, V or X</translation>
    </message>
    <message>
        <source>exactly one person must be the reference person (now %1)</source>
        <translation>exactly one person must be the reference person (now %1)</translation>
    </message>
    <message>
        <source>the date %1 lies in the future</source>
        <translation>the date %1 lies in the future</translation>
    </message>
    <message>
        <source>the date %1 lies before the permit date %2</source>
        <translation>the date %1 lies before the permit date %2</translation>
    </message>
    <message>
        <source>the permit date is required</source>
        <translation>the permit date is required</translation>
    </message>
    <message>
        <source>the permit date lies in the future</source>
        <translation>the permit date lies in the future</translation>
    </message>
    <message>
        <source>the move lies before the lease was signed</source>
        <translation>the move lies before the lease was signed</translation>
    </message>
    <message>
        <source>the uitschrijving lies before the move</source>
        <translation>the uitschrijving lies before the move</translation>
    </message>
    <message>
        <source>the uitschrijving lies before the lease was signed</source>
        <translation>the uitschrijving lies before the lease was signed</translation>
    </message>
    <message>
        <source>an uitschrijving needs the gemeente that housed the household</source>
        <translation>an uitschrijving needs the gemeente that housed the household</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gemeente code (GM and four digits)</source>
        <translation>&quot;%1&quot; is not a gemeente code (GM and four digits)</translation>
    </message>
    <message>
        <source>the date of the intake interview is required</source>
        <translation>the date of the intake interview is required</translation>
    </message>
    <message>
        <source>the intake interview lies in the future</source>
        <translation>the intake interview lies in the future</translation>
    </message>
    <message>
        <source>the intake interview lies before the permit date</source>
        <translation>the intake interview lies before the permit date</translation>
    </message>
    <message>
        <source>the number of expected family members cannot be negative</source>
        <translation>the number of expected family members cannot be negative</translation>
    </message>
    <message>
        <source>the family reunification status must be one of %1</source>
        <translation>the family reunification status must be one of %1</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; is given twice</source>
        <translation>the criterion &quot;%1&quot; is given twice</translation>
    </message>
    <message>
        <source>a placement criterion must name the gemeente or place it ties the household to</source>
        <translation>a placement criterion must name the gemeente or place it ties the household to</translation>
    </message>
    <message>
        <source>the reference person holds the permit, so cannot be born after the permit date %1</source>
        <translation>the reference person holds the permit, so cannot be born after the permit date %1</translation>
    </message>
    <message>
        <source>at most %1 languages can be listed</source>
        <translation>at most %1 languages can be listed</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import households from %1</source>
        <translation>Import households from %1</translation>
    </message>
    <message>
        <source>Import the population of %1 from %2</source>
        <translation>Import the population of %1 from %2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported from %1</source>
        <translation>
            <numerusform>%n household imported from %1</numerusform>
            <numerusform>%n households imported from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Population of %1 imported for %n gemeente(s)</source>
        <translation>
            <numerusform>Population of %1 imported for %n gemeente</numerusform>
            <numerusform>Population of %1 imported for %n gemeenten</numerusform>
        </translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>an import is not taken back by undo: restore the backup copy or start a new store</source>
        <translation>an import is not taken back by undo: restore the backup copy or start a new store</translation>
    </message>
</context>
<context>
    <name>Instellingen</name>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>has no name</translation>
    </message>
    <message>
        <source>the regievoerder&apos;s name is required</source>
        <translation>the regievoerder&apos;s name is required</translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address</source>
        <translation>give a phone number or an e-mail address</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>is not an e-mail address</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fraction such as 1/6</source>
        <translation>&quot;%1&quot; is not a fraction such as 1/6</translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1, such as 1/6</source>
        <translation>must be a fraction between 0 and 1, such as 1/6</translation>
    </message>
    <message>
        <source>azc</source>
        <translation>azc</translation>
    </message>
    <message>
        <source>no AZC location with number %1</source>
        <translation>no AZC location with number %1</translation>
    </message>
</context>
<context>
    <name>IntakeCommand</name>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Save the intake data</source>
        <translation>Save the intake data</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>a new household is added only once</source>
        <translation>a new household is added only once</translation>
    </message>
    <message>
        <source>a new household is not taken back by undo</source>
        <translation>a new household is not taken back by undo</translation>
    </message>
</context>
<context>
    <name>InwonersImport</name>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>%1 is not a plausible year (1900 to 2999)</source>
        <translation>%1 is not a plausible year (1900 to 2999)</translation>
    </message>
    <message>
        <source>has no column with the gemeente code (code, gm_code or RegioS)</source>
        <translation>has no column with the gemeente code (code, gm_code or RegioS)</translation>
    </message>
    <message>
        <source>has no column with the population (inwoners, bevolking or BevolkingAanHetBeginVanDePeriode_1)</source>
        <translation>has no column with the population (inwoners, bevolking or BevolkingAanHetBeginVanDePeriode_1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gemeente code (GM and four digits)</source>
        <translation>&quot;%1&quot; is not a gemeente code (GM and four digits)</translation>
    </message>
    <message>
        <source>gemeente %1 is not known in this store</source>
        <translation>gemeente %1 is not known in this store</translation>
    </message>
    <message>
        <source>gemeente %1 occurs twice, on line %2 and line %3</source>
        <translation>gemeente %1 occurs twice, on line %2 and line %3</translation>
    </message>
    <message>
        <source>holds no gemeente rows</source>
        <translation>holds no gemeente rows</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has no population for %n gemeente(s) of this store: %1; every gemeente needs one for its quota</source>
        <translation>
            <numerusform>has no population for %n gemeente of this store: %1; every gemeente needs one for its quota</numerusform>
            <numerusform>has no population for %n gemeenten of this store: %1; every gemeente needs one for its quota</numerusform>
        </translation>
    </message>
    <message>
        <source>the population &quot;%1&quot; of %2 is not a whole number of one or more (digits only, no separators)</source>
        <translation>the population &quot;%1&quot; of %2 is not a whole number of one or more (digits only, no separators)</translation>
    </message>
    <message>
        <source>the population %1 of %2 must be at least 1 and at most %3</source>
        <translation>the population %1 of %2 must be at least 1 and at most %3</translation>
    </message>
</context>
<context>
    <name>Journaal</name>
    <message>
        <source>change log</source>
        <translation>change log</translation>
    </message>
    <message>
        <source>an entry is only written inside its change&apos;s transaction</source>
        <translation>an entry is only written inside its change&apos;s transaction</translation>
    </message>
    <message>
        <source>an entry needs a type</source>
        <translation>an entry needs a type</translation>
    </message>
    <message>
        <source>an entry is missing before this one</source>
        <translation>an entry is missing before this one</translation>
    </message>
    <message>
        <source>the entries are out of order</source>
        <translation>the entries are out of order</translation>
    </message>
    <message>
        <source>the entry does not follow the one before it (an entry before it was removed, inserted or changed)</source>
        <translation>the entry does not follow the one before it (an entry before it was removed, inserted or changed)</translation>
    </message>
    <message>
        <source>the entry was changed after it was written (its hash does not match its contents)</source>
        <translation>the entry was changed after it was written (its hash does not match its contents)</translation>
    </message>
    <message>
        <source>this device wrote this entry, but it is no longer in the log (the log was cut off)</source>
        <translation>this device wrote this entry, but it is no longer in the log (the log was cut off)</translation>
    </message>
    <message>
        <source>this device wrote this entry with another hash (the log was rewritten from here on)</source>
        <translation>this device wrote this entry with another hash (the log was rewritten from here on)</translation>
    </message>
    <message>
        <source>change log empty</source>
        <translation>change log empty</translation>
    </message>
    <message>
        <source>change log %1 · %2</source>
        <translation>change log %1 · %2</translation>
    </message>
</context>
<context>
    <name>JournaalGetuige</name>
    <message>
        <source>the folder cannot be made</source>
        <translation>the folder cannot be made</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>cannot be written</translation>
    </message>
    <message>
        <source>change log witness</source>
        <translation>change log witness</translation>
    </message>
    <message>
        <source>the store has no valid id</source>
        <translation>the store has no valid id</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>is not a line of a change log witness (&quot;seq hash&quot;)</source>
        <translation>is not a line of a change log witness (&quot;seq hash&quot;)</translation>
    </message>
</context>
<context>
    <name>JournaalSoort</name>
    <message>
        <source>Coupling</source>
        <translation>Coupling</translation>
    </message>
    <message>
        <source>Plan coupled</source>
        <translation>Plan coupled</translation>
    </message>
    <message>
        <source>Uncoupling</source>
        <translation>Uncoupling</translation>
    </message>
    <message>
        <source>Timeline date</source>
        <translation>Timeline date</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Timeline event</translation>
    </message>
    <message>
        <source>Self-housed (zelfhuisvester)</source>
        <translation>Self-housed (zelfhuisvester)</translation>
    </message>
    <message>
        <source>Family reunification decision</source>
        <translation>Family reunification decision</translation>
    </message>
    <message>
        <source>Family reunification block</source>
        <translation>Family reunification block</translation>
    </message>
    <message>
        <source>Joins another household</source>
        <translation>Joins another household</translation>
    </message>
    <message>
        <source>Refused dwelling</source>
        <translation>Refused dwelling</translation>
    </message>
    <message>
        <source>Coupling letter</source>
        <translation>Coupling letter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Shift of quota (herverdeling)</source>
        <translation>Shift of quota (herverdeling)</translation>
    </message>
    <message>
        <source>Municipality&apos;s profile</source>
        <translation>Municipality&apos;s profile</translation>
    </message>
    <message>
        <source>Partnership member</source>
        <translation>Partnership member</translation>
    </message>
    <message>
        <source>Import of households</source>
        <translation>Import of households</translation>
    </message>
    <message>
        <source>Import of the population</source>
        <translation>Import of the population</translation>
    </message>
    <message>
        <source>National number to house (vg)</source>
        <translation>National number to house (vg)</translation>
    </message>
    <message>
        <source>Population by art. 30</source>
        <translation>Population by art. 30</translation>
    </message>
    <message>
        <source>Weights of the suggestions</source>
        <translation>Weights of the suggestions</translation>
    </message>
    <message>
        <source>Supervision tolerance</source>
        <translation>Supervision tolerance</translation>
    </message>
    <message>
        <source>Letter sender</source>
        <translation>Letter sender</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <source>Local account</source>
        <translation>Local account</translation>
    </message>
    <message>
        <source>Own password</source>
        <translation>Own password</translation>
    </message>
    <message>
        <source>Intake (household data)</source>
        <translation>Intake (household data)</translation>
    </message>
</context>
<context>
    <name>KoppelNaam</name>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Partnership %1</source>
        <translation>Partnership %1</translation>
    </message>
    <message>
        <source>%1, member of %2</source>
        <translation>%1, member of %2</translation>
    </message>
    <message>
        <source>%1, housed by %2</source>
        <translation>%1, housed by %2</translation>
    </message>
</context>
<context>
    <name>KoppelReeks</name>
    <message numerus="yes">
        <source>Couple %n household(s) to %1</source>
        <translation>
            <numerusform>Couple %n household to %1</numerusform>
            <numerusform>Couple %n households to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>undone (%1)</source>
        <translation>undone (%1)</translation>
    </message>
</context>
<context>
    <name>KoppelRegels</name>
    <message>
        <source>a household is housed for the quota only through a coupling: couple it first (only resettled refugees, B-9 permit holders and amv&apos;s count without one)</source>
        <translation>a household is housed for the quota only through a coupling: couple it first (only resettled refugees, B-9 permit holders and amv&apos;s count without one)</translation>
    </message>
    <message>
        <source>the household is coupled to %1 and may be housed only there (or in a member of the coupled partnership), not in %2</source>
        <translation>the household is coupled to %1 and may be housed only there (or in a member of the coupled partnership), not in %2</translation>
    </message>
    <message>
        <source>a regular household registered out for its first housing counts only through a coupling, and households come in without one: import it without the uitschrijving and register it out after coupling it</source>
        <translation>a regular household registered out for its first housing counts only through a coupling, and households come in without one: import it without the uitschrijving and register it out after coupling it</translation>
    </message>
    <message>
        <source>the intake interview (%1) may not lie after the coupling of %2, which is based on it</source>
        <translation>the intake interview (%1) may not lie after the coupling of %2, which is based on it</translation>
    </message>
    <message>
        <source>%1 lies before the coupling of %2</source>
        <translation>%1 lies before the coupling of %2</translation>
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
        <translation>unknown gemeente %1</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partnership</translation>
    </message>
    <message>
        <source>unknown partnership %1</source>
        <translation>unknown partnership %1</translation>
    </message>
    <message>
        <source>%1 is not a member of the partnership %2</source>
        <translation>%1 is not a member of the partnership %2</translation>
    </message>
    <message>
        <source>The mandatory placement criterion &quot;%1&quot; ties the household to %2, not to %3.</source>
        <translation>The mandatory placement criterion &quot;%1&quot; ties the household to %2, not to %3.</translation>
    </message>
    <message>
        <source>Family reunification blocks placement until %1.</source>
        <translation>Family reunification blocks placement until %1.</translation>
    </message>
    <message>
        <source>%1 lies in region %2, outside region %3 of the AZC %4.</source>
        <translation>%1 lies in region %2, outside region %3 of the AZC %4.</translation>
    </message>
    <message>
        <source>A very large household of %1 persons: it needs specific housing.</source>
        <translation>A very large household of %1 persons: it needs specific housing.</translation>
    </message>
    <message>
        <source>The housing stock of %1 lacks what this household needs: %2.</source>
        <translation>The housing stock of %1 lacks what this household needs: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ahead on its forecast by %2 persons while %n other gemeente(s) in the region are behind; most behind: %3</source>
        <translation>
            <numerusform>%1 is ahead on its forecast by %2 persons while %n other gemeente in the region is behind; most behind: %3</numerusform>
            <numerusform>%1 is ahead on its forecast by %2 persons while %n other gemeenten in the region are behind; most behind: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
</context>
<context>
    <name>KoppelingService</name>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>a valid date is required</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 lies in the future</translation>
    </message>
    <message>
        <source>%1 lies before the permit date %2</source>
        <translation>%1 lies before the permit date %2</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partnership</translation>
    </message>
    <message>
        <source>unknown partnership %1</source>
        <translation>unknown partnership %1</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>a coupling needs a reason</source>
        <translation>a coupling needs a reason</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>unknown household %1</source>
        <translation>unknown household %1</translation>
    </message>
    <message>
        <source>%1 lies after the household moved out of reception on %2</source>
        <translation>%1 lies after the household moved out of reception on %2</translation>
    </message>
    <message>
        <source>unknown gemeente</source>
        <translation>unknown gemeente</translation>
    </message>
    <message>
        <source>is already coupled to %1 since %2; uncouple it first</source>
        <translation>is already coupled to %1 since %2; uncouple it first</translation>
    </message>
    <message>
        <source>uncoupling needs a reason</source>
        <translation>uncoupling needs a reason</translation>
    </message>
    <message>
        <source>has already moved out of reception; its coupling is final</source>
        <translation>has already moved out of reception; its coupling is final</translation>
    </message>
    <message>
        <source>is not coupled</source>
        <translation>is not coupled</translation>
    </message>
    <message>
        <source>%1 lies before the coupling date %2</source>
        <translation>%1 lies before the coupling date %2</translation>
    </message>
    <message>
        <source>coupling</source>
        <translation>coupling</translation>
    </message>
    <message>
        <source>refused without a written reason to override: %1</source>
        <translation>refused without a written reason to override: %1</translation>
    </message>
    <message>
        <source>override reason</source>
        <translation>override reason</translation>
    </message>
    <message>
        <source>%1 lies before the intake interview (huisvestinggesprek) of %2; a coupling is based on it</source>
        <translation>%1 lies before the intake interview (huisvestinggesprek) of %2; a coupling is based on it</translation>
    </message>
    <message>
        <source>an undo needs a reason</source>
        <translation>an undo needs a reason</translation>
    </message>
    <message>
        <source>is not in force any more, so it cannot be undone</source>
        <translation>is not in force any more, so it cannot be undone</translation>
    </message>
    <message>
        <source>the household signed a lease or moved under it (%1), so it happened: uncouple it instead</source>
        <translation>the household signed a lease or moved under it (%1), so it happened: uncouple it instead</translation>
    </message>
    <message>
        <source>was not ended, so there is nothing to undo</source>
        <translation>was not ended, so there is nothing to undo</translation>
    </message>
    <message>
        <source>is coupled again to %1 since %2; uncouple it first</source>
        <translation>is coupled again to %1 since %2; uncouple it first</translation>
    </message>
    <message>
        <source>has lease or move dates of its own since it was uncoupled</source>
        <translation>has lease or move dates of its own since it was uncoupled</translation>
    </message>
</context>
<context>
    <name>LijstExport</name>
    <message>
        <source>%1 · printed on %2 · page %3 of %4</source>
        <translation>%1 · printed on %2 · page %3 of %4</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>%1 · printed on %2 · %3 · page %4 of %5</source>
        <translation>%1 · printed on %2 · %3 · page %4 of %5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
</context>
<context>
    <name>Migration9</name>
    <message>
        <source>unknown (before the change log)</source>
        <translation>unknown (before the change log)</translation>
    </message>
    <message>
        <source>partnership %1</source>
        <translation>partnership %1</translation>
    </message>
    <message>
        <source>Coupled to %1 on %2: %3</source>
        <translation>Coupled to %1 on %2: %3</translation>
    </message>
    <message>
        <source>Coupling to %1 undone: %2</source>
        <translation>Coupling to %1 undone: %2</translation>
    </message>
    <message>
        <source>Uncoupled from %1 on %2: %3</source>
        <translation>Uncoupled from %1 on %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Dwelling in %1 on %2: %3</source>
        <translation>Dwelling in %1 on %2: %3</translation>
    </message>
    <message>
        <source>judged %1 on %2</source>
        <translation>judged %1 on %2</translation>
    </message>
    <message>
        <source>Coupling letter issued on %1 (%2)</source>
        <translation>Coupling letter issued on %1 (%2)</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <source>Redistribution of %1: %2</source>
        <translation>Redistribution of %1: %2</translation>
    </message>
</context>
<context>
    <name>OntkoppelCommand</name>
    <message>
        <source>Uncouple (%1)</source>
        <translation>Uncouple (%1)</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>is not coupled</source>
        <translation>is not coupled</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>is already open</source>
        <translation>is already open</translation>
    </message>
    <message>
        <source>can only be written whole</source>
        <translation>can only be written whole</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>cannot be written: %1</translation>
    </message>
    <message>
        <source>was not opened for writing</source>
        <translation>was not opened for writing</translation>
    </message>
    <message>
        <source>cannot be written to disk: %1</source>
        <translation>cannot be written to disk: %1</translation>
    </message>
    <message>
        <source>cannot be written: no temporary file could be made beside it</source>
        <translation>cannot be written: no temporary file could be made beside it</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>no file given</translation>
    </message>
    <message>
        <source>is a symbolic link that leads nowhere; nothing was written</source>
        <translation>is a symbolic link that leads nowhere; nothing was written</translation>
    </message>
    <message>
        <source>its folder does not exist; nothing was written</source>
        <translation>its folder does not exist; nothing was written</translation>
    </message>
    <message>
        <source>is the open store or one of its files (-wal, -shm, -journal, a backup copy); nothing was written. Choose another file name.</source>
        <translation>is the open store or one of its files (-wal, -shm, -journal, a backup copy); nothing was written. Choose another file name.</translation>
    </message>
    <message>
        <source>cannot be examined: %1</source>
        <translation>cannot be examined: %1</translation>
    </message>
    <message>
        <source>is a folder; give the name of a file</source>
        <translation>is a folder; give the name of a file</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket); nothing was written to it</source>
        <translation>is not a regular file (a device, a pipe or a socket); nothing was written to it</translation>
    </message>
    <message>
        <source>is an SQLite database; an export never replaces a database</source>
        <translation>is an SQLite database; an export never replaces a database</translation>
    </message>
    <message>
        <source>exists; give --force to replace it</source>
        <translation>exists; give --force to replace it</translation>
    </message>
    <message>
        <source>changed while it was being written (it now leads elsewhere); nothing was replaced</source>
        <translation>changed while it was being written (it now leads elsewhere); nothing was replaced</translation>
    </message>
    <message>
        <source>cannot be flushed to disk: %1</source>
        <translation>cannot be flushed to disk: %1</translation>
    </message>
    <message>
        <source>no folder given</source>
        <translation>no folder given</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>is not a folder</translation>
    </message>
    <message>
        <source>the folder cannot be created: %1</source>
        <translation>the folder cannot be created: %1</translation>
    </message>
</context>
<context>
    <name>PaginaSchrijver</name>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>the printer or file could not be opened for writing</translation>
    </message>
    <message>
        <source>no new page could be started</source>
        <translation>no new page could be started</translation>
    </message>
    <message>
        <source>the pages could not be finished</source>
        <translation>the pages could not be finished</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>the solver found no solution</source>
        <translation>the solver found no solution</translation>
    </message>
    <message numerus="yes">
        <source>no eligible target has room left for %n person(s)</source>
        <translation>
            <numerusform>no eligible target has room left for %n person</numerusform>
            <numerusform>no eligible target has room left for %n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan&apos;s model has no solution</source>
        <translation>the plan&apos;s model has no solution</translation>
    </message>
    <message>
        <source>left out of the plan by hand</source>
        <translation>left out of the plan by hand</translation>
    </message>
    <message>
        <source>the household cannot be pinned to %1: %2</source>
        <translation>the household cannot be pinned to %1: %2</translation>
    </message>
    <message>
        <source>no such target in the plan</source>
        <translation>no such target in the plan</translation>
    </message>
    <message>
        <source>it is not eligible there</source>
        <translation>it is not eligible there</translation>
    </message>
    <message>
        <source>a pinned household is not in the plan</source>
        <translation>a pinned household is not in the plan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from %2 to %3</source>
        <translation>&quot;%1&quot; is not a number from %2 to %3</translation>
    </message>
    <message>
        <source>a region is a number from 1 to 5</source>
        <translation>a region is a number from 1 to 5</translation>
    </message>
    <message>
        <source>no household waiting in region %1 has this V-nummer</source>
        <translation>no household waiting in region %1 has this V-nummer</translation>
    </message>
    <message>
        <source>the solvers&apos; module cannot be loaded (%1): %2</source>
        <translation>the solvers&apos; module cannot be loaded (%1): %2</translation>
    </message>
    <message>
        <source>the solvers&apos; module %1 is not this version&apos;s</source>
        <translation>the solvers&apos; module %1 is not this version&apos;s</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message numerus="yes">
        <source>Couple %n household(s) from the plan</source>
        <translation>
            <numerusform>Couple %n household from the plan</numerusform>
            <numerusform>Couple %n households from the plan</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan has no accepted rows</source>
        <translation>the plan has no accepted rows</translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <source>Status holders per gemeente</source>
        <translation>Status holders per gemeente</translation>
    </message>
    <message>
        <source>Distribution of households</source>
        <translation>Distribution of households</translation>
    </message>
    <message>
        <source>Mean days per phase per gemeente</source>
        <translation>Mean days per phase per gemeente</translation>
    </message>
    <message>
        <source>Mean days per phase per AZC location</source>
        <translation>Mean days per phase per AZC location</translation>
    </message>
    <message>
        <source>Refused dwellings</source>
        <translation>Refused dwellings</translation>
    </message>
    <message>
        <source>Self-housed status holders</source>
        <translation>Self-housed status holders</translation>
    </message>
    <message>
        <source>Supervision figures</source>
        <translation>Supervision figures</translation>
    </message>
    <message>
        <source>Households coupled to each gemeente in the period, with every coupling and uncoupling.</source>
        <translation>Households coupled to each gemeente in the period, with every coupling and uncoupling.</translation>
    </message>
    <message>
        <source>Households coupled in the period by number of persons, per gemeente.</source>
        <translation>Households coupled in the period by number of persons, per gemeente.</translation>
    </message>
    <message>
        <source>Mean days of each phase that ended in the period, per coupled gemeente, against the norms of 2, 10 and 2 weeks.</source>
        <translation>Mean days of each phase that ended in the period, per coupled gemeente, against the norms of 2, 10 and 2 weeks.</translation>
    </message>
    <message>
        <source>Mean days of each phase that ended in the period, per AZC location.</source>
        <translation>Mean days of each phase that ended in the period, per AZC location.</translation>
    </message>
    <message>
        <source>Every refusal in the period with its judgement and delay in days, and the overview per gemeente for the province.</source>
        <translation>Every refusal in the period with its judgement and delay in days, and the overview per gemeente for the province.</translation>
    </message>
    <message>
        <source>Households that found housing themselves and counted in the period.</source>
        <translation>Households that found housing themselves and counted in the period.</translation>
    </message>
    <message>
        <source>Per gemeente: quota met, lead time coupling to move by both methods against 12 weeks, backlog against the tolerance, and the pipeline.</source>
        <translation>Per gemeente: quota met, lead time coupling to move by both methods against 12 weeks, backlog against the tolerance, and the pipeline.</translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3)</source>
        <translation>Period: %1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Made on: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Lead time per household</source>
        <translation>Lead time per household</translation>
    </message>
    <message>
        <source>Every household housed in the period with its days from coupling to move, per gemeente that housed it, against 12 weeks.</source>
        <translation>Every household housed in the period with its days from coupling to move, per gemeente that housed it, against 12 weeks.</translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>Change log: %1</translation>
    </message>
    <message>
        <source>Published by %1 on %2, from the team server&apos;s change log up to entry %3</source>
        <translation>Published by %1 on %2, from the team server&apos;s change log up to entry %3</translation>
    </message>
</context>
<context>
    <name>RapportAfdruk</name>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — print preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>RapportBereik</name>
    <message>
        <source>the whole country</source>
        <translation>the whole country</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <source>province %1</source>
        <translation>province %1</translation>
    </message>
    <message>
        <source>gemeente %1 (%2)</source>
        <translation>gemeente %1 (%2)</translation>
    </message>
    <message>
        <source>there is no region %1; the regions are 1 to 5</source>
        <translation>there is no region %1; the regions are 1 to 5</translation>
    </message>
    <message>
        <source>there is no province &quot;%1&quot; (write its name as in the list of gemeenten, e.g. Noord-Holland)</source>
        <translation>there is no province &quot;%1&quot; (write its name as in the list of gemeenten, e.g. Noord-Holland)</translation>
    </message>
    <message>
        <source>there is no gemeente with code &quot;%1&quot; (GM followed by four digits)</source>
        <translation>there is no gemeente with code &quot;%1&quot; (GM followed by four digits)</translation>
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
        <translation>Lead time per household</translation>
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
        <translation>V-number</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Coupled to partnership</source>
        <translation>Coupled to partnership</translation>
    </message>
    <message>
        <source>Coupled on</source>
        <translation>Coupled on</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Moved on</translation>
    </message>
    <message>
        <source>Registered out on</source>
        <translation>Registered out on</translation>
    </message>
    <message>
        <source>Days coupling to move</source>
        <translation>Days coupling to move</translation>
    </message>
    <message>
        <source>Within 12 weeks</source>
        <translation>Within 12 weeks</translation>
    </message>
    <message>
        <source>Lead time per gemeente</source>
        <translation>Lead time per gemeente</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Mean days</translation>
    </message>
    <message>
        <source>Mean within 12 weeks</source>
        <translation>Mean within 12 weeks</translation>
    </message>
    <message>
        <source>Households over 12 weeks</source>
        <translation>Households over 12 weeks</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 weeks</translation>
    </message>
    <message>
        <source>Every household registered out of the AZC (B12) in the period as first housing, with the days from its coupling to its move (or the registration, when that came first), wherever it was coupled: method 1 of handbook 4.4.3, for the gemeente that housed it (a partnership: the member).</source>
        <translation>Every household registered out of the AZC (B12) in the period as first housing, with the days from its coupling to its move (or the registration, when that came first), wherever it was coupled: method 1 of handbook 4.4.3, for the gemeente that housed it (a partnership: the member).</translation>
    </message>
    <message>
        <source>Norm: on average within 12 weeks (%1 days) from coupling to move. Means are rounded half up to one decimal.</source>
        <translation>Norm: on average within 12 weeks (%1 days) from coupling to move. Means are rounded half up to one decimal.</translation>
    </message>
    <message>
        <source>Households are named by the V-number of the reference person only.</source>
        <translation>Households are named by the V-number of the reference person only.</translation>
    </message>
</context>
<context>
    <name>RapportExport</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 · made on %2 · page %3 of %4</source>
        <translation>%1 · made on %2 · page %3 of %4</translation>
    </message>
    <message>
        <source>%1 · made on %2 · %3 · page %4 of %5</source>
        <translation>%1 · made on %2 · %3 · page %4 of %5</translation>
    </message>
</context>
<context>
    <name>RapportHuishoudens</name>
    <message>
        <source>Households by size</source>
        <translation>Households by size</translation>
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
        <translation>Households</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Persons per household</source>
        <translation>Persons per household</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>9 or more persons</source>
        <translation>9 or more persons</translation>
    </message>
    <message>
        <source>Households whose coupling is dated in the period and still active, for the coupled gemeente (a partnership: its coordinating gemeente).</source>
        <translation>Households whose coupling is dated in the period and still active, for the coupled gemeente (a partnership: its coordinating gemeente).</translation>
    </message>
    <message>
        <source>Households of more than 8 persons are a special group (column 9 or more persons).</source>
        <translation>Households of more than 8 persons are a special group (column 9 or more persons).</translation>
    </message>
</context>
<context>
    <name>RapportJson</name>
    <message>
        <source>published figures, %1</source>
        <translation>published figures, %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a text</source>
        <translation>&apos;%1&apos; is not a text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>&apos;%1&apos; is not a list</translation>
    </message>
    <message>
        <source>a cell is not of its column&apos;s type (%1)</source>
        <translation>a cell is not of its column&apos;s type (%1)</translation>
    </message>
    <message numerus="yes">
        <source>a row does not have %n cell(s)</source>
        <translation>
            <numerusform>a row does not have %n cell</numerusform>
            <numerusform>a row does not have %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>a column has no known type</source>
        <translation>a column has no known type</translation>
    </message>
    <message>
        <source>has no columns</source>
        <translation>has no columns</translation>
    </message>
    <message>
        <source>names persons (a V-number column): a province receives aggregates only</source>
        <translation>names persons (a V-number column): a province receives aggregates only</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>published figures</source>
        <translation>published figures</translation>
    </message>
    <message>
        <source>were written by another version of Regiedesk (format %1)</source>
        <translation>were written by another version of Regiedesk (format %1)</translation>
    </message>
    <message>
        <source>names no known report</source>
        <translation>names no known report</translation>
    </message>
    <message>
        <source>names no half-year</source>
        <translation>names no half-year</translation>
    </message>
    <message>
        <source>names no known scope</source>
        <translation>names no known scope</translation>
    </message>
    <message>
        <source>has no date it was made on</source>
        <translation>has no date it was made on</translation>
    </message>
    <message>
        <source>has no table</source>
        <translation>has no table</translation>
    </message>
    <message>
        <source>the chart names a column that is not there</source>
        <translation>the chart names a column that is not there</translation>
    </message>
    <message>
        <source>the chart is not an object</source>
        <translation>the chart is not an object</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>a province&apos;s device has the figures of its whole province only (%1)</source>
        <translation>a province&apos;s device has the figures of its whole province only (%1)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>no figures of %1 for %2 have been published yet: a regievoerder of the region publishes them when it syncs; sync again later</source>
        <translation>no figures of %1 for %2 have been published yet: a regievoerder of the region publishes them when it syncs; sync again later</translation>
    </message>
</context>
<context>
    <name>RapportPerGemeente</name>
    <message>
        <source>Couplings</source>
        <translation>Couplings</translation>
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
        <translation>Partnership</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-number</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Coupled on</source>
        <translation>Coupled on</translation>
    </message>
    <message>
        <source>Uncoupled on</source>
        <translation>Uncoupled on</translation>
    </message>
    <message>
        <source>Reason for uncoupling</source>
        <translation>Reason for uncoupling</translation>
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
        <translation>Households</translation>
    </message>
    <message>
        <source>Uncoupled</source>
        <translation>Uncoupled</translation>
    </message>
    <message>
        <source>A coupling is listed when it was made or ended in the period; a partnership&apos;s coupling counts for its coordinating gemeente.</source>
        <translation>A coupling is listed when it was made or ended in the period; a partnership&apos;s coupling counts for its coordinating gemeente.</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Houses</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Counted without a coupling</source>
        <translation>Counted without a coupling</translation>
    </message>
    <message>
        <source>Registered out on</source>
        <translation>Registered out on</translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation>Coupled</translation>
    </message>
    <message>
        <source>A household coupled to two gemeenten in the period counts for each; Uncoupled counts the couplings ended in the period. An undone coupling never happened and is not listed.</source>
        <translation>A household coupled to two gemeenten in the period counts for each; Uncoupled counts the couplings ended in the period. An undone coupling never happened and is not listed.</translation>
    </message>
    <message>
        <source>Houses: the gemeente that houses the household, for a partnership the member chosen (the coordinator until then).</source>
        <translation>Houses: the gemeente that houses the household, for a partnership the member chosen (the coordinator until then).</translation>
    </message>
    <message>
        <source>Resettled refugees (hervestiging), B-9 permit holders and amv&apos;s count for the quota without a coupling (handbook 3.4.1): the last table lists those registered out in the period, for the gemeente that housed them.</source>
        <translation>Resettled refugees (hervestiging), B-9 permit holders and amv&apos;s count for the quota without a coupling (handbook 3.4.1): the last table lists those registered out in the period, for the gemeente that housed them.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Status: actief = coupled, not yet housed; gehuisvest = moved or registered out of the AZC; ontkoppeld = the coupling was ended; bemiddeling-gestopt = the COA stopped mediation after a second refusal (handbook 3.4.2), which ended the coupling.</source>
        <translation>Status: actief = coupled, not yet housed; gehuisvest = moved or registered out of the AZC; ontkoppeld = the coupling was ended; bemiddeling-gestopt = the COA stopped mediation after a second refusal (handbook 3.4.2), which ended the coupling.</translation>
    </message>
    <message>
        <source>Flags: groot = more than 8 persons; specifiek = needs very specific housing (the special group, handbook 3.3.4).</source>
        <translation>Flags: groot = more than 8 persons; specifiek = needs very specific housing (the special group, handbook 3.3.4).</translation>
    </message>
</context>
<context>
    <name>RapportService</name>
    <message>
        <source>is not a half-year such as 2025-H1</source>
        <translation>is not a half-year such as 2025-H1</translation>
    </message>
    <message>
        <source>unknown report</source>
        <translation>unknown report</translation>
    </message>
</context>
<context>
    <name>RapportTermijn</name>
    <message>
        <source>Phase 1: cases</source>
        <translation>Phase 1: cases</translation>
    </message>
    <message>
        <source>Phase 1: mean days (permit to coupling)</source>
        <translation>Phase 1: mean days (permit to coupling)</translation>
    </message>
    <message>
        <source>Phase 1: over 14 days</source>
        <translation>Phase 1: over 14 days</translation>
    </message>
    <message>
        <source>Phase 2: cases</source>
        <translation>Phase 2: cases</translation>
    </message>
    <message>
        <source>Phase 2: mean days (coupling to lease signed)</source>
        <translation>Phase 2: mean days (coupling to lease signed)</translation>
    </message>
    <message>
        <source>Phase 2: over 70 days</source>
        <translation>Phase 2: over 70 days</translation>
    </message>
    <message>
        <source>Phase 3: cases</source>
        <translation>Phase 3: cases</translation>
    </message>
    <message>
        <source>Phase 3: mean days (lease signed to move)</source>
        <translation>Phase 3: mean days (lease signed to move)</translation>
    </message>
    <message>
        <source>Phase 3: over 14 days</source>
        <translation>Phase 3: over 14 days</translation>
    </message>
    <message>
        <source>Each phase counts in the period in which it ended: phase 1 (permit to coupling) at the coupling, phase 2 (coupling to lease signed) at the signing, phase 3 (lease signed to move) at the move or the registration out of the AZC, whichever came first.</source>
        <translation>Each phase counts in the period in which it ended: phase 1 (permit to coupling) at the coupling, phase 2 (coupling to lease signed) at the signing, phase 3 (lease signed to move) at the move or the registration out of the AZC, whichever came first.</translation>
    </message>
    <message>
        <source>Norms: phase 1 14 days (2 weeks), phase 2 70 days (10 weeks), phase 3 14 days (2 weeks). An empty mean: no phase ended.</source>
        <translation>Norms: phase 1 14 days (2 weeks), phase 2 70 days (10 weeks), phase 3 14 days (2 weeks). An empty mean: no phase ended.</translation>
    </message>
    <message>
        <source>Mean days per phase per gemeente</source>
        <translation>Mean days per phase per gemeente</translation>
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
        <translation>Mean days per phase per AZC location</translation>
    </message>
    <message>
        <source>AZC location</source>
        <translation>AZC location</translation>
    </message>
    <message>
        <source>Gemeente of the location</source>
        <translation>Gemeente of the location</translation>
    </message>
    <message>
        <source>(no AZC location)</source>
        <translation>(no AZC location)</translation>
    </message>
    <message>
        <source>The scope is on the coupled gemeente, not on the AZC location.</source>
        <translation>The scope is on the coupled gemeente, not on the AZC location.</translation>
    </message>
    <message>
        <source>Phases 1 and 3 count for the coupling in force; phase 2 for every coupling under which a lease was signed, also one that ended later (a household coupled again starts phase 2 afresh). An undone coupling never happened and does not count. A partnership&apos;s coupling counts for its coordinating gemeente. The totals row is the mean over all cases in the scope.</source>
        <translation>Phases 1 and 3 count for the coupling in force; phase 2 for every coupling under which a lease was signed, also one that ended later (a household coupled again starts phase 2 afresh). An undone coupling never happened and does not count. A partnership&apos;s coupling counts for its coordinating gemeente. The totals row is the mean over all cases in the scope.</translation>
    </message>
</context>
<context>
    <name>RapportToezicht</name>
    <message>
        <source>Supervision figures per gemeente</source>
        <translation>Supervision figures per gemeente</translation>
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
        <translation>To house</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Housed</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>Quota met</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Within tolerance</translation>
    </message>
    <message>
        <source>Method 1: mean days</source>
        <translation>Method 1: mean days</translation>
    </message>
    <message>
        <source>Method 1: within 12 weeks</source>
        <translation>Method 1: within 12 weeks</translation>
    </message>
    <message>
        <source>Method 2: coupled</source>
        <translation>Method 2: coupled</translation>
    </message>
    <message>
        <source>Method 2: moved already</source>
        <translation>Method 2: moved already</translation>
    </message>
    <message>
        <source>Method 2: share measurable (%)</source>
        <translation>Method 2: share measurable (%)</translation>
    </message>
    <message>
        <source>Method 2: mean days</source>
        <translation>Method 2: mean days</translation>
    </message>
    <message>
        <source>Method 1 per month, with the moving average</source>
        <translation>Method 1 per month, with the moving average</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Mean days</translation>
    </message>
    <message>
        <source>Moving average (days)</source>
        <translation>Moving average (days)</translation>
    </message>
    <message>
        <source>No vg (national number to house) has been set for %1, so there is no quota: the quota columns are empty. The lead times are shown.</source>
        <translation>No vg (national number to house) has been set for %1, so there is no quota: the quota columns are empty. The lead times are shown.</translation>
    </message>
    <message>
        <source>The quota cannot be computed (%1): the quota columns are empty. The lead times are shown.</source>
        <translation>The quota cannot be computed (%1): the quota columns are empty. The lead times are shown.</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 weeks</translation>
    </message>
    <message>
        <source>Norm: on average within 12 weeks (%1 days) from coupling to move.</source>
        <translation>Norm: on average within 12 weeks (%1 days) from coupling to move.</translation>
    </message>
    <message>
        <source>Quota (after herverdeling)</source>
        <translation>Quota (after herverdeling)</translation>
    </message>
    <message>
        <source>Pipeline: lease signed</source>
        <translation>Pipeline: lease signed</translation>
    </message>
    <message>
        <source>Met with the pipeline</source>
        <translation>Met with the pipeline</translation>
    </message>
    <message>
        <source>Coupled, not yet housed</source>
        <translation>Coupled, not yet housed</translation>
    </message>
    <message>
        <source>Method 1: housed</source>
        <translation>Method 1: housed</translation>
    </message>
    <message>
        <source>Tolerance: a backlog of at most %1 of the quota of the half-year itself (taakstelling after herverdeling, without the balance carried in; handbook 4.4.2).</source>
        <translation>Tolerance: a backlog of at most %1 of the quota of the half-year itself (taakstelling after herverdeling, without the balance carried in; handbook 4.4.2).</translation>
    </message>
    <message>
        <source>Pipeline (pijplijn productie, handbook 4.4.1): persons with a signed lease, or known as self-housed, not yet registered out on %1. &quot;Met with the pipeline&quot; counts them (4.4.2). &quot;Coupled, not yet housed&quot; is the wider figure of every coupled person not yet registered out.</source>
        <translation>Pipeline (pijplijn productie, handbook 4.4.1): persons with a signed lease, or known as self-housed, not yet registered out on %1. &quot;Met with the pipeline&quot; counts them (4.4.2). &quot;Coupled, not yet housed&quot; is the wider figure of every coupled person not yet registered out.</translation>
    </message>
    <message numerus="yes">
        <source>Method 1 takes the realisations of the period (registered out as first housing), wherever they were coupled, for the gemeente that housed them; the monthly table shows it by month of the registration with a moving average over %n month(s).</source>
        <translation>
            <numerusform>Method 1 takes the realisations of the period (registered out as first housing), wherever they were coupled, for the gemeente that housed them; the monthly table shows it by month of the registration with a moving average over %n month.</numerusform>
            <numerusform>Method 1 takes the realisations of the period (registered out as first housing), wherever they were coupled, for the gemeente that housed them; the monthly table shows it by month of the registration with a moving average over %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Method 2 takes the households coupled in the period, for the coupled gemeente (a partnership: its coordinator), and measures only the share that has moved by %1.</source>
        <translation>Method 2 takes the households coupled in the period, for the coupled gemeente (a partnership: its coordinator), and measures only the share that has moved by %1.</translation>
    </message>
    <message>
        <source>Means are rounded half up to one decimal; within 12 weeks is judged on the mean as shown.</source>
        <translation>Means are rounded half up to one decimal; within 12 weeks is judged on the mean as shown.</translation>
    </message>
</context>
<context>
    <name>RapportWeigeringen</name>
    <message>
        <source>Refusals</source>
        <translation>Refusals</translation>
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
        <translation>V-number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Judged on</translation>
    </message>
    <message>
        <source>Reason of the judgement</source>
        <translation>Reason of the judgement</translation>
    </message>
    <message>
        <source>New candidate on</source>
        <translation>New candidate on</translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation>Delay (days)</translation>
    </message>
    <message>
        <source>Refusals per gemeente</source>
        <translation>Refusals per gemeente</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Refused on site</source>
        <translation>Refused on site</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justified</translation>
    </message>
    <message>
        <source>Unjustified</source>
        <translation>Unjustified</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Not judged yet</translation>
    </message>
    <message>
        <source>Delay, total days</source>
        <translation>Delay, total days</translation>
    </message>
    <message>
        <source>Delay, mean days</source>
        <translation>Delay, mean days</translation>
    </message>
    <message>
        <source>A no-show on the signing date counts as a refusal (handbook 3.4.2).</source>
        <translation>A no-show on the signing date counts as a refusal (handbook 3.4.2).</translation>
    </message>
    <message>
        <source>The delay runs from the refusal to the household&apos;s lease signed after it, or to %1 while none is.</source>
        <translation>The delay runs from the refusal to the household&apos;s lease signed after it, or to %1 while none is.</translation>
    </message>
    <message numerus="yes">
        <source>Only a mandatory placement criterion justifies a refusal; the COA judges within %n day(s).</source>
        <translation>
            <numerusform>Only a mandatory placement criterion justifies a refusal; the COA judges within %n day.</numerusform>
            <numerusform>Only a mandatory placement criterion justifies a refusal; the COA judges within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost rent (euro)</source>
        <translation>Lost rent (euro)</translation>
    </message>
    <message>
        <source>Judgement late</source>
        <translation>Judgement late</translation>
    </message>
    <message>
        <source>New candidate late</source>
        <translation>New candidate late</translation>
    </message>
    <message>
        <source>Stopped mediation</source>
        <translation>Stopped mediation</translation>
    </message>
    <message>
        <source>Judgements late</source>
        <translation>Judgements late</translation>
    </message>
    <message>
        <source>New candidates late</source>
        <translation>New candidates late</translation>
    </message>
    <message numerus="yes">
        <source>A refusal right after an unjustified one stops mediation; after it, as after a justified refusal, a new candidate is coupled for the dwelling within %n day(s). Late: judged or coupled after the term, or still open past it on the date made.</source>
        <translation>
            <numerusform>A refusal right after an unjustified one stops mediation; after it, as after a justified refusal, a new candidate is coupled for the dwelling within %n day. Late: judged or coupled after the term, or still open past it on the date made.</numerusform>
            <numerusform>A refusal right after an unjustified one stops mediation; after it, as after a justified refusal, a new candidate is coupled for the dwelling within %n days. Late: judged or coupled after the term, or still open past it on the date made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RapportZelfhuisvesters</name>
    <message>
        <source>Self-housed households</source>
        <translation>Self-housed households</translation>
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
        <translation>V-number</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Coupled on</source>
        <translation>Coupled on</translation>
    </message>
    <message>
        <source>Registered out on</source>
        <translation>Registered out on</translation>
    </message>
    <message>
        <source>Self-housed per gemeente</source>
        <translation>Self-housed per gemeente</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>A zelfhuisvester may find housing only in the coupled gemeente; the persons count for it from the registration out (B12) in the period.</source>
        <translation>A zelfhuisvester may find housing only in the coupled gemeente; the persons count for it from the registration out (B12) in the period.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Only first housing counts, and only through a coupling in force to the gemeente or its partnership; resettled refugees (hervestiging), B-9 permit holders and amv&apos;s count without one and are listed with their category (handbook 3.4.1).</source>
        <translation>Only first housing counts, and only through a coupling in force to the gemeente or its partnership; resettled refugees (hervestiging), B-9 permit holders and amv&apos;s count without one and are listed with their category (handbook 3.4.1).</translation>
    </message>
</context>
<context>
    <name>Referentiedata</name>
    <message>
        <source>the columns code, naam and provincie are required</source>
        <translation>the columns code, naam and provincie are required</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 line %2</translation>
    </message>
    <message>
        <source>invalid gemeente code or province</source>
        <translation>invalid gemeente code or province</translation>
    </message>
    <message>
        <source>invalid population %1</source>
        <translation>invalid population %1</translation>
    </message>
    <message>
        <source>the columns naam and gemeente_code are required</source>
        <translation>the columns naam and gemeente_code are required</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>an AZC location needs a name</source>
        <translation>an AZC location needs a name</translation>
    </message>
    <message>
        <source>unknown gemeente</source>
        <translation>unknown gemeente</translation>
    </message>
    <message>
        <source>cannot be added: %1</source>
        <translation>cannot be added: %1</translation>
    </message>
    <message>
        <source>a partnership needs a name</source>
        <translation>a partnership needs a name</translation>
    </message>
    <message>
        <source>a partnership needs two or more gemeenten</source>
        <translation>a partnership needs two or more gemeenten</translation>
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
        <translation>a coupling letter belongs to a coupling of its household and is not dated before it</translation>
    </message>
    <message>
        <source>a gemeente&apos;s contact on the letter: a name of one line, a telephone number and an e-mail address that are well formed</source>
        <translation>a gemeente&apos;s contact on the letter: a name of one line, a telephone number and an e-mail address that are well formed</translation>
    </message>
    <message>
        <source>%1 couplings in force</source>
        <translation>%1 couplings in force</translation>
    </message>
    <message>
        <source>coupled on %1, before the intake interview of %2</source>
        <translation>coupled on %1, before the intake interview of %2</translation>
    </message>
    <message>
        <source>registered out on %1 in %2 without a coupling in force (and not resettled, B-9 or amv)</source>
        <translation>registered out on %1 in %2 without a coupling in force (and not resettled, B-9 or amv)</translation>
    </message>
    <message>
        <source>registered out on %1 in %2, outside the coupled gemeente %3 and its partnership</source>
        <translation>registered out on %1 in %2, outside the coupled gemeente %3 and its partnership</translation>
    </message>
    <message>
        <source>a lease date (%1) lies before the coupling in force of %2</source>
        <translation>a lease date (%1) lies before the coupling in force of %2</translation>
    </message>
    <message>
        <source>the coupling of %1 was undone but is still in force</source>
        <translation>the coupling of %1 was undone but is still in force</translation>
    </message>
    <message>
        <source>a household has at most one coupling in force</source>
        <translation>a household has at most one coupling in force</translation>
    </message>
    <message>
        <source>a coupling is based on the intake interview: not dated before it</source>
        <translation>a coupling is based on the intake interview: not dated before it</translation>
    </message>
    <message>
        <source>a household&apos;s lease dates do not lie before its coupling in force</source>
        <translation>a household&apos;s lease dates do not lie before its coupling in force</translation>
    </message>
    <message>
        <source>an undone coupling is not in force</source>
        <translation>an undone coupling is not in force</translation>
    </message>
    <message>
        <source>a regular household is housed only through a coupling in force</source>
        <translation>a regular household is housed only through a coupling in force</translation>
    </message>
    <message>
        <source>a coupled household is housed in the coupled gemeente or a member of the coupled partnership</source>
        <translation>a coupled household is housed in the coupled gemeente or a member of the coupled partnership</translation>
    </message>
    <message>
        <source>a herverdeling shifts quota between two or more gemeenten and adds up to zero</source>
        <translation>a herverdeling shifts quota between two or more gemeenten and adds up to zero</translation>
    </message>
    <message>
        <source>no gemeente&apos;s taakstelling plus its herverdeling is below zero</source>
        <translation>no gemeente&apos;s taakstelling plus its herverdeling is below zero</translation>
    </message>
    <message>
        <source>a vg set less than 13 weeks before its half-year has a reason</source>
        <translation>a vg set less than 13 weeks before its half-year has a reason</translation>
    </message>
    <message>
        <source>a household whose mediation stopped has no coupling in force</source>
        <translation>a household whose mediation stopped has no coupling in force</translation>
    </message>
    <message>
        <source>a household is not coupled after its mediation stopped</source>
        <translation>a household is not coupled after its mediation stopped</translation>
    </message>
    <message>
        <source>no coupling letter after the stop of mediation</source>
        <translation>no coupling letter after the stop of mediation</translation>
    </message>
    <message>
        <source>a new candidate follows a justified refusal or the refusal that stopped mediation, not before the refusal</source>
        <translation>a new candidate follows a justified refusal or the refusal that stopped mediation, not before the refusal</translation>
    </message>
    <message>
        <source>a refusal is judged on or after its date, for a reason on the list</source>
        <translation>a refusal is judged on or after its date, for a reason on the list</translation>
    </message>
    <message>
        <source>a refusal follows the judgement of the household&apos;s earlier refusal</source>
        <translation>a refusal follows the judgement of the household&apos;s earlier refusal</translation>
    </message>
</context>
<context>
    <name>RegioGrafieken</name>
    <message>
        <source>Mean days per phase per municipality: the %1 of %2 with the most cases</source>
        <translation>Mean days per phase per municipality: the %1 of %2 with the most cases</translation>
    </message>
    <message>
        <source>Mean days per phase per municipality</source>
        <translation>Mean days per phase per municipality</translation>
    </message>
    <message>
        <source>Phase 1: coupling</source>
        <translation>Phase 1: coupling</translation>
    </message>
    <message>
        <source>Phase 2: housing</source>
        <translation>Phase 2: housing</translation>
    </message>
    <message>
        <source>Phase 3: move</source>
        <translation>Phase 3: move</translation>
    </message>
    <message>
        <source>Realised against target per municipality: the %1 of %2 with the largest target</source>
        <translation>Realised against target per municipality: the %1 of %2 with the largest target</translation>
    </message>
    <message>
        <source>Realised against target per municipality</source>
        <translation>Realised against target per municipality</translation>
    </message>
    <message>
        <source>Target (persons)</source>
        <translation>Target (persons)</translation>
    </message>
    <message>
        <source>Realised (persons)</source>
        <translation>Realised (persons)</translation>
    </message>
    <message numerus="yes">
        <source>Monthly pace: due after %n month(s)</source>
        <translation>
            <numerusform>Monthly pace: due after %n month</numerusform>
            <numerusform>Monthly pace: due after %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Lead time coupling to move (method 1, by month of the move)</source>
        <translation>Lead time coupling to move (method 1, by month of the move)</translation>
    </message>
    <message>
        <source>Mean of the month</source>
        <translation>Mean of the month</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message numerus="yes">
        <source>Norm: %n day(s)</source>
        <translation>
            <numerusform>Norm: %n day</numerusform>
            <numerusform>Norm: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean days (lines: the norms, %1 days for phases 1 and 3, %2 days for phase 2)</source>
        <translation>Mean days (lines: the norms, %1 days for phases 1 and 3, %2 days for phase 2)</translation>
    </message>
    <message numerus="yes">
        <source>Moving average (%n month(s))</source>
        <translation>
            <numerusform>Moving average (%n month)</numerusform>
            <numerusform>Moving average (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Month of the move (%1 to %2), below it the moves</source>
        <translation>Month of the move (%1 to %2), below it the moves</translation>
    </message>
</context>
<context>
    <name>ServerAdres</name>
    <message>
        <source>is not a PostgreSQL URL (postgresql://user@host:port/database)</source>
        <translation>is not a PostgreSQL URL (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>holds a password; give it at the prompt or in REGIEDESK_PASSWORD</source>
        <translation>holds a password; give it at the prompt or in REGIEDESK_PASSWORD</translation>
    </message>
    <message>
        <source>has port &apos;%1&apos;; a port is a number from 1 to 65535</source>
        <translation>has port &apos;%1&apos;; a port is a number from 1 to 65535</translation>
    </message>
    <message>
        <source>has a parameter %1 without a plain value</source>
        <translation>has a parameter %1 without a plain value</translation>
    </message>
    <message>
        <source>has the parameter &apos;%1&apos;, which Regiedesk does not know (known: host, port, %2)</source>
        <translation>has the parameter &apos;%1&apos;, which Regiedesk does not know (known: host, port, %2)</translation>
    </message>
    <message>
        <source>has a host, user or database with a space, quote or control character</source>
        <translation>has a host, user or database with a space, quote or control character</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql (bash packaging/install-deps.sh)</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql (bash packaging/install-deps.sh)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>server %1</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>cannot connect: %1</translation>
    </message>
</context>
<context>
    <name>ServerMelding</name>
    <message>
        <source>%1 has no Regiedesk account on this server</source>
        <translation>%1 has no Regiedesk account on this server</translation>
    </message>
    <message>
        <source>device %1 belongs to another account</source>
        <translation>device %1 belongs to another account</translation>
    </message>
    <message>
        <source>device %1 is not joined to account %2</source>
        <translation>device %1 is not joined to account %2</translation>
    </message>
    <message>
        <source>device %1 is not one of this account&apos;s</source>
        <translation>device %1 is not one of this account&apos;s</translation>
    </message>
    <message>
        <source>an entry without a sequence number</source>
        <translation>an entry without a sequence number</translation>
    </message>
    <message>
        <source>entry %1 of device %2 differs from the one the server received: the log was cut off or rewritten</source>
        <translation>entry %1 of device %2 differs from the one the server received: the log was cut off or rewritten</translation>
    </message>
    <message>
        <source>the change log of device %1 no longer holds entry %2 as the server saw it: the log was cut off or rewritten</source>
        <translation>the change log of device %1 no longer holds entry %2 as the server saw it: the log was cut off or rewritten</translation>
    </message>
    <message>
        <source>entry %1 of device %2 comes after %3 was pushed</source>
        <translation>entry %1 of device %2 comes after %3 was pushed</translation>
    </message>
    <message>
        <source>a regievoerder of region %1 changes no household of region %2</source>
        <translation>a regievoerder of region %1 changes no household of region %2</translation>
    </message>
    <message>
        <source>a programmabegeleider of %1 changes no household of %2</source>
        <translation>a programmabegeleider of %1 changes no household of %2</translation>
    </message>
    <message>
        <source>the role %1 may not make a change of type %2</source>
        <translation>the role %1 may not make a change of type %2</translation>
    </message>
    <message>
        <source>a herverdeling whose deltas sum to %1 instead of 0</source>
        <translation>a herverdeling whose deltas sum to %1 instead of 0</translation>
    </message>
    <message>
        <source>undoes or redoes an entry the server did not apply</source>
        <translation>undoes or redoes an entry the server did not apply</translation>
    </message>
    <message>
        <source>%1: made on this device&apos;s entry %2, which the server did not apply</source>
        <translation>%1: made on this device&apos;s entry %2, which the server did not apply</translation>
    </message>
    <message>
        <source>%1: changed on the server since this change was made</source>
        <translation>%1: changed on the server since this change was made</translation>
    </message>
    <message>
        <source>only a beheerder erases a household&apos;s data</source>
        <translation>only a beheerder erases a household&apos;s data</translation>
    </message>
    <message>
        <source>only a regievoerder of its region publishes the figures of province %1</source>
        <translation>only a regievoerder of its region publishes the figures of province %1</translation>
    </message>
    <message>
        <source>figures up to change %1 of a server that has %2</source>
        <translation>figures up to change %1 of a server that has %2</translation>
    </message>
    <message>
        <source>the figures are not a report of at most 8 MiB</source>
        <translation>the figures are not a report of at most 8 MiB</translation>
    </message>
    <message>
        <source>a province receives no table that names persons</source>
        <translation>a province receives no table that names persons</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(no AZC)</source>
        <translation>(no AZC)</translation>
    </message>
    <message>
        <source>only an import of households travels in parts</source>
        <translation>only an import of households travels in parts</translation>
    </message>
    <message>
        <source>a V-nummer has 10 digits</source>
        <translation>a V-nummer has 10 digits</translation>
    </message>
    <message>
        <source>%1 is not a gemeente code</source>
        <translation>%1 is not a gemeente code</translation>
    </message>
    <message>
        <source>an entry in parts is filed under its region only, and is no undo</source>
        <translation>an entry in parts is filed under its region only, and is no undo</translation>
    </message>
    <message>
        <source>undoes server entry %1, which the server does not hold</source>
        <translation>undoes server entry %1, which the server does not hold</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>the server answered: %1</source>
        <translation>the server answered: %1</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>is not version %1 of the schema; the files must be numbered 1, 2, 3, ... without gaps</source>
        <translation>is not version %1 of the schema; the files must be numbered 1, 2, 3, ... without gaps</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>cannot be committed: %1</source>
        <translation>cannot be committed: %1</translation>
    </message>
    <message>
        <source>line %1: a /* comment is not closed</source>
        <translation>line %1: a /* comment is not closed</translation>
    </message>
    <message>
        <source>line %1: a quote is not closed</source>
        <translation>line %1: a quote is not closed</translation>
    </message>
    <message>
        <source>line %1: a %2 quote is not closed</source>
        <translation>line %1: a %2 quote is not closed</translation>
    </message>
    <message>
        <source>this program holds no schema files</source>
        <translation>this program holds no schema files</translation>
    </message>
    <message>
        <source>database %1 is not empty and holds no Regiedesk schema; give an empty database (createdb) to install on</source>
        <translation>database %1 is not empty and holds no Regiedesk schema; give an empty database (createdb) to install on</translation>
    </message>
    <message>
        <source>the server has schema version %1, this program knows up to version %2: install a newer Regiedesk</source>
        <translation>the server has schema version %1, this program knows up to version %2: install a newer Regiedesk</translation>
    </message>
    <message>
        <source>the server records schema version %1, which this program does not know</source>
        <translation>the server records schema version %1, which this program does not know</translation>
    </message>
    <message>
        <source>differs from the version the server installed (%1, sha256 %2…): a released schema file was changed</source>
        <translation>differs from the version the server installed (%1, sha256 %2…): a released schema file was changed</translation>
    </message>
</context>
<context>
    <name>SignaalService</name>
    <message>
        <source>Phase overdue</source>
        <translation>Phase overdue</translation>
    </message>
    <message>
        <source>Phase due soon</source>
        <translation>Phase due soon</translation>
    </message>
    <message>
        <source>Refusal judgement due</source>
        <translation>Refusal judgement due</translation>
    </message>
    <message>
        <source>New candidate due</source>
        <translation>New candidate due</translation>
    </message>
    <message>
        <source>Reunification block ends</source>
        <translation>Reunification block ends</translation>
    </message>
    <message numerus="yes">
        <source>Phase %1 is %n day(s) overdue (due %2)</source>
        <translation>
            <numerusform>Phase %1 is %n day overdue (due %2)</numerusform>
            <numerusform>Phase %1 is %n days overdue (due %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase %1 is due today (%2)</source>
        <translation>Phase %1 is due today (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Phase %1 is due in %n day(s), on %2</source>
        <translation>
            <numerusform>Phase %1 is due in %n day, on %2</numerusform>
            <numerusform>Phase %1 is due in %n days, on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no-show at signing</source>
        <translation>no-show at signing</translation>
    </message>
    <message>
        <source>refused on site</source>
        <translation>refused on site</translation>
    </message>
    <message numerus="yes">
        <source>Judgement on the refusal of %1 (%2) is %n day(s) overdue (due %3)</source>
        <translation>
            <numerusform>Judgement on the refusal of %1 (%2) is %n day overdue (due %3)</numerusform>
            <numerusform>Judgement on the refusal of %1 (%2) is %n days overdue (due %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Judgement on the refusal of %1 (%2) is due on %3</source>
        <translation>Judgement on the refusal of %1 (%2) is due on %3</translation>
    </message>
    <message numerus="yes">
        <source>New candidate for the dwelling refused on %1 is %n day(s) overdue (due %2)</source>
        <translation>
            <numerusform>New candidate for the dwelling refused on %1 is %n day overdue (due %2)</numerusform>
            <numerusform>New candidate for the dwelling refused on %1 is %n days overdue (due %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>New candidate for the dwelling refused on %1 is due on %2</source>
        <translation>New candidate for the dwelling refused on %1 is due on %2</translation>
    </message>
    <message>
        <source>Reunification block ended on %1 without a decision (house as single or wait)</source>
        <translation>Reunification block ended on %1 without a decision (house as single or wait)</translation>
    </message>
    <message>
        <source>Reunification block ends on %1: decide to house as single or to wait</source>
        <translation>Reunification block ends on %1: decide to house as single or to wait</translation>
    </message>
    <message numerus="yes">
        <source>BRP registration is %n day(s) overdue (due %1, 5 working days after the permit)</source>
        <translation>
            <numerusform>BRP registration is %n day overdue (due %1, 5 working days after the permit)</numerusform>
            <numerusform>BRP registration is %n days overdue (due %1, 5 working days after the permit)</numerusform>
        </translation>
    </message>
    <message>
        <source>BRP registration is due on %1 (5 working days after the permit)</source>
        <translation>BRP registration is due on %1 (5 working days after the permit)</translation>
    </message>
    <message numerus="yes">
        <source>The vergunninghoudergesprek is %n day(s) overdue (due %2, 14 days after the intake of %1)</source>
        <translation>
            <numerusform>The vergunninghoudergesprek is %n day overdue (due %2, 14 days after the intake of %1)</numerusform>
            <numerusform>The vergunninghoudergesprek is %n days overdue (due %2, 14 days after the intake of %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The vergunninghoudergesprek is due on %2 (14 days after the intake of %1)</source>
        <translation>The vergunninghoudergesprek is due on %2 (14 days after the intake of %1)</translation>
    </message>
    <message>
        <source>BRP registration due</source>
        <translation>BRP registration due</translation>
    </message>
    <message>
        <source>Vergunninghoudergesprek due</source>
        <translation>Vergunninghoudergesprek due</translation>
    </message>
</context>
<context>
    <name>SleepBeeld</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <source>the store is not an open SQLite database</source>
        <translation>the store is not an open SQLite database</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is an SQLite database of another program, not a Regiedesk store</source>
        <translation>is an SQLite database of another program, not a Regiedesk store</translation>
    </message>
    <message>
        <source>was written by a newer version of Regiedesk (schema %1; this version knows up to %2). Update Regiedesk to open it; the file was not changed.</source>
        <translation>was written by a newer version of Regiedesk (schema %1; this version knows up to %2). Update Regiedesk to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>the backup copy before the upgrade failed: %1</source>
        <translation>the backup copy before the upgrade failed: %1</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>no file given</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>its folder cannot be created</translation>
    </message>
    <message>
        <source>upgrade to schema %1</source>
        <translation>upgrade to schema %1</translation>
    </message>
    <message>
        <source>is open read-only</source>
        <translation>is open read-only</translation>
    </message>
    <message>
        <source>does not exist; create a store with init</source>
        <translation>does not exist; create a store with init</translation>
    </message>
    <message>
        <source>is a folder, not a store file</source>
        <translation>is a folder, not a store file</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>is not a regular file (a device, pipe or socket)</translation>
    </message>
    <message>
        <source>is an empty file, not a Regiedesk store; create a store with init</source>
        <translation>is an empty file, not a Regiedesk store; create a store with init</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not a Regiedesk store; create a store with init</source>
        <translation>is an empty SQLite database, not a Regiedesk store; create a store with init</translation>
    </message>
    <message>
        <source>was written by an older version of Regiedesk (schema %1). It was not changed; upgrade it first with &apos;regiedesk-cli --db FILE upgrade&apos; or by opening it in the window.</source>
        <translation>was written by an older version of Regiedesk (schema %1). It was not changed; upgrade it first with &apos;regiedesk-cli --db FILE upgrade&apos; or by opening it in the window.</translation>
    </message>
    <message>
        <source>has rows that point to rows that do not exist (%1). The file was not changed; restore a backup copy.</source>
        <translation>has rows that point to rows that do not exist (%1). The file was not changed; restore a backup copy.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1 row %2 refers to a missing %3</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation>column %1.%2</translation>
    </message>
    <message>
        <source>is not a complete Regiedesk store of schema %1: %2 missing. The file was not changed; restore a backup copy.</source>
        <translation>is not a complete Regiedesk store of schema %1: %2 missing. The file was not changed; restore a backup copy.</translation>
    </message>
    <message>
        <source>cannot be created: %1</source>
        <translation>cannot be created: %1</translation>
    </message>
    <message>
        <source>cannot be made private</source>
        <translation>cannot be made private</translation>
    </message>
    <message>
        <source>is damaged: its schema version %1 is not one Regiedesk ever wrote. The file was not changed; restore it from a backup.</source>
        <translation>is damaged: its schema version %1 is not one Regiedesk ever wrote. The file was not changed; restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file already exists; open it instead</source>
        <translation>the file already exists; open it instead</translation>
    </message>
    <message>
        <source>Creating the demo store with invented households…</source>
        <translation>Creating the demo store with invented households…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo store</translation>
    </message>
    <message>
        <source>Regiedesk</source>
        <translation>Regiedesk</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>The store could not be opened.</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Choose another file…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>Regiedesk stores (*.sqlite *.db);;All files (*)</source>
        <translation>Regiedesk stores (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>A new store could not be created.</source>
        <translation>A new store could not be created.</translation>
    </message>
    <message>
        <source>The demo store could not be created.</source>
        <translation>The demo store could not be created.</translation>
    </message>
    <message>
        <source>Upgrade store</source>
        <translation>Upgrade store</translation>
    </message>
    <message>
        <source>This store was made by an older version of Regiedesk.</source>
        <translation>This store was made by an older version of Regiedesk.</translation>
    </message>
    <message>
        <source>To open %1, Regiedesk upgrades it from schema %2 to schema %3. A copy of the file as it is now is kept beside it first. Older versions of Regiedesk cannot open the upgraded file.</source>
        <translation>To open %1, Regiedesk upgrades it from schema %2 to schema %3. A copy of the file as it is now is kept beside it first. Older versions of Regiedesk cannot open the upgraded file.</translation>
    </message>
    <message>
        <source>&amp;Upgrade and open</source>
        <translation>&amp;Upgrade and open</translation>
    </message>
</context>
<context>
    <name>Suggestie</name>
    <message>
        <source>backlog on the forecast</source>
        <translation>backlog on the forecast</translation>
    </message>
    <message>
        <source>monthly pace</source>
        <translation>monthly pace</translation>
    </message>
    <message>
        <source>housing stock</source>
        <translation>housing stock</translation>
    </message>
    <message>
        <source>room for the household</source>
        <translation>room for the household</translation>
    </message>
    <message>
        <source>work or education tie</source>
        <translation>work or education tie</translation>
    </message>
    <message>
        <source>%1 %2 × %3 = %4</source>
        <translation>%1 %2 × %3 = %4</translation>
    </message>
    <message>
        <source>rank %1, score %2: %3</source>
        <translation>rank %1, score %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight between 0 and 10</source>
        <translation>&quot;%1&quot; is not a weight between 0 and 10</translation>
    </message>
    <message>
        <source>the weight must lie between 0 and 10</source>
        <translation>the weight must lie between 0 and 10</translation>
    </message>
    <message>
        <source>family reunification blocks it until %1</source>
        <translation>family reunification blocks it until %1</translation>
    </message>
    <message>
        <source>in region %1, not the AZC&apos;s region %2</source>
        <translation>in region %1, not the AZC&apos;s region %2</translation>
    </message>
    <message>
        <source>a mandatory criterion ties it to %1</source>
        <translation>a mandatory criterion ties it to %1</translation>
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
        <translation>is not joined to a team server (regiedesk-cli connect)</translation>
    </message>
    <message>
        <source>is joined to %1 as %2 already; a store joins one server</source>
        <translation>is joined to %1 as %2 already; a store joins one server</translation>
    </message>
    <message>
        <source>has server schema version %1, this program needs %2: run regiedesk-cli server init first</source>
        <translation>has server schema version %1, this program needs %2: run regiedesk-cli server init first</translation>
    </message>
    <message>
        <source>change log entry %1</source>
        <translation>change log entry %1</translation>
    </message>
    <message>
        <source>is not an open conflict</source>
        <translation>is not an open conflict</translation>
    </message>
    <message>
        <source>is not in this store</source>
        <translation>is not in this store</translation>
    </message>
    <message>
        <source>server entry %1</source>
        <translation>server entry %1</translation>
    </message>
    <message>
        <source>is a change of another that this store could not make; it can only be taken (--take server) once the store allows it</source>
        <translation>is a change of another that this store could not make; it can only be taken (--take server) once the store allows it</translation>
    </message>
    <message>
        <source>names household %1, which is not in this store</source>
        <translation>names household %1, which is not in this store</translation>
    </message>
    <message>
        <source>undoes server entry %1, which this store did not receive</source>
        <translation>undoes server entry %1, which this store did not receive</translation>
    </message>
    <message>
        <source>undone by %1</source>
        <translation>undone by %1</translation>
    </message>
    <message>
        <source>does not know this device (%1); join again with connect</source>
        <translation>does not know this device (%1); join again with connect</translation>
    </message>
    <message>
        <source>no longer holds entry %1 of its change log, which the server received: the log was cut off</source>
        <translation>no longer holds entry %1 of its change log, which the server received: the log was cut off</translation>
    </message>
    <message>
        <source>change log entry %1 (%2) was refused: %3</source>
        <translation>change log entry %1 (%2) was refused: %3</translation>
    </message>
    <message>
        <source>a change of type %1 cannot be taken back by the program yet: undo it by hand, then resolve the conflict</source>
        <translation>a change of type %1 cannot be taken back by the program yet: undo it by hand, then resolve the conflict</translation>
    </message>
    <message>
        <source>is only taken back inside a transaction</source>
        <translation>is only taken back inside a transaction</translation>
    </message>
    <message>
        <source>taken back: the team server has another change of this household (a conflict)</source>
        <translation>taken back: the team server has another change of this household (a conflict)</translation>
    </message>
    <message>
        <source>Taken back after a conflict at the team server: %1</source>
        <translation>Taken back after a conflict at the team server: %1</translation>
    </message>
    <message>
        <source>the connection was lost while sending change log entry %1; the next sync goes on from there (%2)</source>
        <translation>the connection was lost while sending change log entry %1; the next sync goes on from there (%2)</translation>
    </message>
    <message>
        <source>the server holds no household data for this intake (it was erased, or sent by an older Regiedesk)</source>
        <translation>the server holds no household data for this intake (it was erased, or sent by an older Regiedesk)</translation>
    </message>
    <message>
        <source>team server</source>
        <translation>team server</translation>
    </message>
    <message>
        <source>this login has no Regiedesk account on the server (any more)</source>
        <translation>this login has no Regiedesk account on the server (any more)</translation>
    </message>
    <message>
        <source>names an unknown role &apos;%1&apos;</source>
        <translation>names an unknown role &apos;%1&apos;</translation>
    </message>
    <message>
        <source>has local accounts; a store joined to a team server works with the server&apos;s accounts: remove the local ones first (regiedesk-cli accounts remove)</source>
        <translation>has local accounts; a store joined to a team server works with the server&apos;s accounts: remove the local ones first (regiedesk-cli accounts remove)</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>cannot start a transaction</translation>
    </message>
    <message>
        <source>the figures could not be stored</source>
        <translation>the figures could not be stored</translation>
    </message>
    <message>
        <source>no household has V-nummer %1</source>
        <translation>no household has V-nummer %1</translation>
    </message>
    <message>
        <source>the households of this import stayed on the device that made it: none of them is at an AZC location it knows</source>
        <translation>the households of this import stayed on the device that made it: none of them is at an AZC location it knows</translation>
    </message>
</context>
<context>
    <name>TaakstellingCommand</name>
    <message>
        <source>Set the vg of %1 to %2</source>
        <translation>Set the vg of %1 to %2</translation>
    </message>
    <message>
        <source>Set the population of %1 for %2 (art. 30)</source>
        <translation>Set the population of %1 for %2 (art. 30)</translation>
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
        <translation>No vg (the national number of status holders to house) has been set for %1, so its quotas cannot be computed yet.</translation>
    </message>
</context>
<context>
    <name>TaakstellingService</name>
    <message numerus="yes">
        <source>the population of 1 January %1 is missing for %n gemeente(n) (%2); import it with import-population</source>
        <translation>
            <numerusform>the population of 1 January %1 is missing for %n gemeente (%2); import it with import-population</numerusform>
            <numerusform>the population of 1 January %1 is missing for %n gemeenten (%2); import it with import-population</numerusform>
        </translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>half-year</translation>
    </message>
    <message>
        <source>invalid half-year</source>
        <translation>invalid half-year</translation>
    </message>
    <message>
        <source>vg</source>
        <translation>vg</translation>
    </message>
    <message>
        <source>the number to house cannot be negative</source>
        <translation>the number to house cannot be negative</translation>
    </message>
    <message>
        <source>the population cannot be negative</source>
        <translation>the population cannot be negative</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>an art. 30 decision needs a reason</source>
        <translation>an art. 30 decision needs a reason</translation>
    </message>
    <message>
        <source>a redistribution needs a reason</source>
        <translation>a redistribution needs a reason</translation>
    </message>
    <message>
        <source>unknown gemeente</source>
        <translation>unknown gemeente</translation>
    </message>
    <message>
        <source>no vg (national number to house) has been set for this half-year</source>
        <translation>no vg (national number to house) has been set for this half-year</translation>
    </message>
    <message>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <source>the store has no gemeenten; load the reference data first</source>
        <translation>the store has no gemeenten; load the reference data first</translation>
    </message>
    <message>
        <source>no vg has been set for this half-year, so the balance carried into %1 cannot be computed</source>
        <translation>no vg has been set for this half-year, so the balance carried into %1 cannot be computed</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>the vg needs the date it is set</source>
        <translation>the vg needs the date it is set</translation>
    </message>
    <message>
        <source>%1; a vg set this late needs a reason</source>
        <translation>%1; a vg set this late needs a reason</translation>
    </message>
    <message>
        <source>%1: a herverdeling shifts the taakstelling, which cannot be computed yet</source>
        <translation>%1: a herverdeling shifts the taakstelling, which cannot be computed yet</translation>
    </message>
    <message>
        <source>taakstelling %1 with the shifts of %2 (%3 registered, %4 now) would be %5; a taakstelling cannot fall below zero</source>
        <translation>taakstelling %1 with the shifts of %2 (%3 registered, %4 now) would be %5; a taakstelling cannot fall below zero</translation>
    </message>
    <message>
        <source>%1. The balance carried out of %2 changes, and with it every balance carried on up to %3: %4.</source>
        <translation>%1. The balance carried out of %2 changes, and with it every balance carried on up to %3: %4.</translation>
    </message>
    <message>
        <source>%1. The balance carried out of %2 changes: %3.</source>
        <translation>%1. The balance carried out of %2 changes: %3.</translation>
    </message>
</context>
<context>
    <name>TekstControle</name>
    <message>
        <source>is longer than the %1 characters allowed</source>
        <translation>is longer than the %1 characters allowed</translation>
    </message>
    <message>
        <source>holds a control character (%1) at character %2; only tabs and line breaks are allowed</source>
        <translation>holds a control character (%1) at character %2; only tabs and line breaks are allowed</translation>
    </message>
    <message>
        <source>holds a control character (%1) at character %2; this field may hold no tabs, line breaks or other control characters</source>
        <translation>holds a control character (%1) at character %2; this field may hold no tabs, line breaks or other control characters</translation>
    </message>
</context>
<context>
    <name>Tijdigheid</name>
    <message numerus="yes">
        <source>the vg of %1 is set on %2, less than %n week(s) before the half-year starts on %3 (art. 29: the vg is published at least %n week(s) before)</source>
        <translation>
            <numerusform>the vg of %1 is set on %2, less than %n week before the half-year starts on %3 (art. 29: the vg is published at least %n week before)</numerusform>
            <numerusform>the vg of %1 is set on %2, less than %n weeks before the half-year starts on %3 (art. 29: the vg is published at least %n weeks before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the vg of %1 is set on %2, after the half-year started on %3 (art. 29: the vg is published at least %n week(s) before)</source>
        <translation>
            <numerusform>the vg of %1 is set on %2, after the half-year started on %3 (art. 29: the vg is published at least %n week before)</numerusform>
            <numerusform>the vg of %1 is set on %2, after the half-year started on %3 (art. 29: the vg is published at least %n weeks before)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended on %2: a new vg changes the quota of a closed half-year and the balance carried into every later half-year</source>
        <translation>%1 ended on %2: a new vg changes the quota of a closed half-year and the balance carried into every later half-year</translation>
    </message>
    <message>
        <source>%1 started on %2; a herverdeling should be registered before the half-year starts (handbook 3.3.3)</source>
        <translation>%1 started on %2; a herverdeling should be registered before the half-year starts (handbook 3.3.3)</translation>
    </message>
    <message>
        <source>%1 ended on %2; a herverdeling should be registered before the half-year starts (handbook 3.3.3)</source>
        <translation>%1 ended on %2; a herverdeling should be registered before the half-year starts (handbook 3.3.3)</translation>
    </message>
</context>
<context>
    <name>TijdlijnCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>unknown event %1</source>
        <translation>unknown event %1</translation>
    </message>
    <message>
        <source>Add %1 on %2</source>
        <translation>Add %1 on %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>Remove %1 of %2</translation>
    </message>
</context>
<context>
    <name>TijdlijnDialogen</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>Set date</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;No date (clear it)</source>
        <translation>&amp;No date (clear it)</translation>
    </message>
    <message>
        <source>Municipality that housed them</source>
        <translation>Municipality that housed them</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Register refusal</source>
        <translation>Register refusal</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>A no-show on the signing date already counts as a refusal</source>
        <translation>A no-show on the signing date already counts as a refusal</translation>
    </message>
    <message>
        <source>Judge refusal</source>
        <translation>Judge refusal</translation>
    </message>
    <message>
        <source>&amp;Judgement:</source>
        <translation>&amp;Judgement:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Only a mandatory placement criterion justifies a refusal</source>
        <translation>Only a mandatory placement criterion justifies a refusal</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>&amp;Coupled on:</source>
        <translation>&amp;Coupled on:</translation>
    </message>
    <message>
        <source>Reunification decision</source>
        <translation>Reunification decision</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Not decided (clear)</source>
        <translation>Not decided (clear)</translation>
    </message>
    <message>
        <source>Joins household</source>
        <translation>Joins household</translation>
    </message>
    <message>
        <source>V-nummer of a member of the household these nareizigers join (empty: none):</source>
        <translation>V-nummer of a member of the household these nareizigers join (empty: none):</translation>
    </message>
    <message>
        <source>none; in euro, e.g. 850,00</source>
        <translation>none; in euro, e.g. 850,00</translation>
    </message>
    <message>
        <source>Lost rent claimed, in euro</source>
        <translation>Lost rent claimed, in euro</translation>
    </message>
    <message>
        <source>Lost rent (huurderving) the gemeente claims for the dwelling</source>
        <translation>Lost rent (huurderving) the gemeente claims for the dwelling</translation>
    </message>
    <message>
        <source>Lost &amp;rent (euro):</source>
        <translation>Lost &amp;rent (euro):</translation>
    </message>
</context>
<context>
    <name>TijdlijnService</name>
    <message>
        <source>%1, judgement due %2</source>
        <translation>%1, judgement due %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>this event is not a date set on the timeline</source>
        <translation>this event is not a date set on the timeline</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>unknown event %1</source>
        <translation>unknown event %1</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 lies in the future</translation>
    </message>
    <message>
        <source>%1 lies before the permit date %2</source>
        <translation>%1 lies before the permit date %2</translation>
    </message>
    <message>
        <source>unknown gemeente %1</source>
        <translation>unknown gemeente %1</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>unknown household %1</source>
        <translation>unknown household %1</translation>
    </message>
    <message>
        <source>an uitschrijving needs the gemeente that housed the household</source>
        <translation>an uitschrijving needs the gemeente that housed the household</translation>
    </message>
    <message>
        <source>a zelfhuisvester must be coupled before the uitschrijving</source>
        <translation>a zelfhuisvester must be coupled before the uitschrijving</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;%2&quot; first</source>
        <translation>&quot;%1&quot; needs &quot;%2&quot; first</translation>
    </message>
    <message>
        <source>cannot be cleared while &quot;%1&quot; is set (%2)</source>
        <translation>cannot be cleared while &quot;%1&quot; is set (%2)</translation>
    </message>
    <message>
        <source>%1 lies before &quot;%2&quot; (%3)</source>
        <translation>%1 lies before &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>%1 lies after &quot;%2&quot; (%3)</source>
        <translation>%1 lies after &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>this event is not added on the timeline</source>
        <translation>this event is not added on the timeline</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>a valid date is required</translation>
    </message>
    <message>
        <source>%1 lies before the intake interview (%2)</source>
        <translation>%1 lies before the intake interview (%2)</translation>
    </message>
    <message>
        <source>a dwelling can only be offered after coupling</source>
        <translation>a dwelling can only be offered after coupling</translation>
    </message>
    <message>
        <source>%1 lies before the coupling date %2</source>
        <translation>%1 lies before the coupling date %2</translation>
    </message>
    <message>
        <source>the dwelling must lie in the coupled gemeente %1, not %2</source>
        <translation>the dwelling must lie in the coupled gemeente %1, not %2</translation>
    </message>
    <message>
        <source>a household may find housing itself only in the gemeente it is coupled to: couple it first</source>
        <translation>a household may find housing itself only in the gemeente it is coupled to: couple it first</translation>
    </message>
    <message>
        <source>the household is registered in %1, not in the coupled gemeente %2</source>
        <translation>the household is registered in %1, not in the coupled gemeente %2</translation>
    </message>
    <message>
        <source>(note cleared)</source>
        <translation>(note cleared)</translation>
    </message>
</context>
<context>
    <name>Toegang</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>a regievoerder needs a region (1 to 5)</source>
        <translation>a regievoerder needs a region (1 to 5)</translation>
    </message>
    <message>
        <source>only a regievoerder has a region</source>
        <translation>only a regievoerder has a region</translation>
    </message>
    <message>
        <source>a region is 1 to 5, not %1</source>
        <translation>a region is 1 to 5, not %1</translation>
    </message>
    <message>
        <source>a programmabegeleider needs an AZC location</source>
        <translation>a programmabegeleider needs an AZC location</translation>
    </message>
    <message>
        <source>only a programmabegeleider has an AZC</source>
        <translation>only a programmabegeleider has an AZC</translation>
    </message>
    <message>
        <source>a gemeente account needs its gemeente&apos;s code (GM0000)</source>
        <translation>a gemeente account needs its gemeente&apos;s code (GM0000)</translation>
    </message>
    <message>
        <source>only a gemeente account has a gemeente</source>
        <translation>only a gemeente account has a gemeente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a gemeente code (GM0000)</source>
        <translation>&apos;%1&apos; is not a gemeente code (GM0000)</translation>
    </message>
    <message>
        <source>a provincie account needs its province</source>
        <translation>a provincie account needs its province</translation>
    </message>
    <message>
        <source>only a provincie account has a province</source>
        <translation>only a provincie account has a province</translation>
    </message>
    <message>
        <source>regievoerder (region %1)</source>
        <translation>regievoerder (region %1)</translation>
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
        <translation>the role %1 may not make a change of type %2</translation>
    </message>
    <message>
        <source>a regievoerder of region %1 changes no household of region %2</source>
        <translation>a regievoerder of region %1 changes no household of region %2</translation>
    </message>
    <message>
        <source>a programmabegeleider of %1 changes no household of %2</source>
        <translation>a programmabegeleider of %1 changes no household of %2</translation>
    </message>
    <message>
        <source>(no AZC)</source>
        <translation>(no AZC)</translation>
    </message>
    <message>
        <source>a regievoerder of region %1 sees reports of its region only</source>
        <translation>a regievoerder of region %1 sees reports of its region only</translation>
    </message>
    <message>
        <source>a gemeente account sees reports of its own gemeente (%1) only</source>
        <translation>a gemeente account sees reports of its own gemeente (%1) only</translation>
    </message>
    <message>
        <source>a provincie account sees reports of its own province (%1) only</source>
        <translation>a provincie account sees reports of its own province (%1) only</translation>
    </message>
    <message>
        <source>a programmabegeleider does the intake of its AZC; reports are not its task</source>
        <translation>a programmabegeleider does the intake of its AZC; reports are not its task</translation>
    </message>
    <message>
        <source>an account&apos;s name has 1 to 63 letters (a-z), digits, dots, hyphens or underscores</source>
        <translation>an account&apos;s name has 1 to 63 letters (a-z), digits, dots, hyphens or underscores</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a province: one of %2</source>
        <translation>&apos;%1&apos; is not a province: one of %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: one of %2</source>
        <translation>&apos;%1&apos; is not a role: one of %2</translation>
    </message>
    <message>
        <source>a province&apos;s device receives no households from the team server, so it computes no quota figures: those of its area are in the reports the regievoerders publish (Reports)</source>
        <translation>a province&apos;s device receives no households from the team server, so it computes no quota figures: those of its area are in the reports the regievoerders publish (Reports)</translation>
    </message>
    <message>
        <source>a programmabegeleider does the intake of its AZC; the quota figures are not its task</source>
        <translation>a programmabegeleider does the intake of its AZC; the quota figures are not its task</translation>
    </message>
    <message>
        <source>this account sees the quota figures of region %1 only</source>
        <translation>this account sees the quota figures of region %1 only</translation>
    </message>
</context>
<context>
    <name>TolerantieCommand</name>
    <message>
        <source>Tolerated backlog %1</source>
        <translation>Tolerated backlog %1</translation>
    </message>
</context>
<context>
    <name>VoegBijCommand</name>
    <message>
        <source>Unlink from the household joined</source>
        <translation>Unlink from the household joined</translation>
    </message>
    <message>
        <source>Join the household of %1</source>
        <translation>Join the household of %1</translation>
    </message>
    <message>
        <source>no household has a member with V-nummer %1</source>
        <translation>no household has a member with V-nummer %1</translation>
    </message>
</context>
<context>
    <name>WeigeringCommand</name>
    <message>
        <source>Register refusal (%1)</source>
        <translation>Register refusal (%1)</translation>
    </message>
    <message>
        <source>Judge refusal: %1</source>
        <translation>Judge refusal: %1</translation>
    </message>
    <message>
        <source>New candidate for the refused dwelling</source>
        <translation>New candidate for the refused dwelling</translation>
    </message>
</context>
<context>
    <name>WeigeringService</name>
    <message>
        <source>a refusal needs an active coupling; the household has none</source>
        <translation>a refusal needs an active coupling; the household has none</translation>
    </message>
    <message>
        <source>the household has already moved</source>
        <translation>the household has already moved</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>a valid date is required</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 lies in the future</translation>
    </message>
    <message>
        <source>%1 lies before the coupling date %2</source>
        <translation>%1 lies before the coupling date %2</translation>
    </message>
    <message>
        <source>%1 is not the coupled gemeente %2 or one of its partners</source>
        <translation>%1 is not the coupled gemeente %2 or one of its partners</translation>
    </message>
    <message>
        <source>unknown refusal %1</source>
        <translation>unknown refusal %1</translation>
    </message>
    <message>
        <source>this refusal was already judged %1 on %2</source>
        <translation>this refusal was already judged %1 on %2</translation>
    </message>
    <message>
        <source>the judgement is justified or unjustified</source>
        <translation>the judgement is justified or unjustified</translation>
    </message>
    <message>
        <source>the reason must be one of: %1</source>
        <translation>the reason must be one of: %1</translation>
    </message>
    <message>
        <source>%1 lies before the refusal on %2</source>
        <translation>%1 lies before the refusal on %2</translation>
    </message>
    <message>
        <source>a new candidate was already coupled on %1</source>
        <translation>a new candidate was already coupled on %1</translation>
    </message>
    <message>
        <source>%1 lies before the judgement on %2</source>
        <translation>%1 lies before the judgement on %2</translation>
    </message>
    <message>
        <source>a new candidate was coupled; clear that before reopening the judgement</source>
        <translation>a new candidate was coupled; clear that before reopening the judgement</translation>
    </message>
    <message>
        <source>the lost rent must lie between 0 and %1 euro</source>
        <translation>the lost rent must lie between 0 and %1 euro</translation>
    </message>
    <message>
        <source>the refusal of %1 is not judged yet; the COA judges it before the next refusal</source>
        <translation>the refusal of %1 is not judged yet; the COA judges it before the next refusal</translation>
    </message>
    <message>
        <source>%1 lies before the earlier refusal of %2 or its judgement on %3</source>
        <translation>%1 lies before the earlier refusal of %2 or its judgement on %3</translation>
    </message>
    <message>
        <source>a new candidate is coupled only after a justified refusal or the refusal that stopped mediation</source>
        <translation>a new candidate is coupled only after a justified refusal or the refusal that stopped mediation</translation>
    </message>
    <message>
        <source>the refusal of %1 follows this judgement; remove it before reopening the judgement</source>
        <translation>the refusal of %1 follows this judgement; remove it before reopening the judgement</translation>
    </message>
</context>
<context>
    <name>Wijziging</name>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>Woningprofiel</name>
    <message>
        <source>small dwellings</source>
        <translation>small dwellings</translation>
    </message>
    <message>
        <source>family homes</source>
        <translation>family homes</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>elderly</translation>
    </message>
    <message>
        <source>students</source>
        <translation>students</translation>
    </message>
    <message>
        <source>care</source>
        <translation>care</translation>
    </message>
</context>
<context>
    <name>Woningweigering</name>
    <message>
        <source>No-show at signing</source>
        <translation>No-show at signing</translation>
    </message>
    <message>
        <source>Refused on site</source>
        <translation>Refused on site</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>justified</translation>
    </message>
    <message>
        <source>unjustified</source>
        <translation>unjustified</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>not judged yet</translation>
    </message>
    <message>
        <source>first-degree family of a child under 18 elsewhere</source>
        <translation>first-degree family of a child under 18 elsewhere</translation>
    </message>
    <message>
        <source>specialised treatment that cannot move</source>
        <translation>specialised treatment that cannot move</translation>
    </message>
    <message>
        <source>a very specific education</source>
        <translation>a very specific education</translation>
    </message>
    <message>
        <source>an employment contract (half a year, 20 hours a week or more)</source>
        <translation>an employment contract (half a year, 20 hours a week or more)</translation>
    </message>
    <message>
        <source>no mandatory placement criterion</source>
        <translation>no mandatory placement criterion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euro, such as 850 or 850,50</source>
        <translation>&quot;%1&quot; is not an amount in euro, such as 850 or 850,50</translation>
    </message>
    <message>
        <source>%1 euro is more than a claim for lost rent can be</source>
        <translation>%1 euro is more than a claim for lost rent can be</translation>
    </message>
</context>
<context>
    <name>ZelfhuisvesterCommand</name>
    <message>
        <source>Mark as zelfhuisvester</source>
        <translation>Mark as zelfhuisvester</translation>
    </message>
    <message>
        <source>Unmark as zelfhuisvester</source>
        <translation>Unmark as zelfhuisvester</translation>
    </message>
</context>
<context>
    <name>rd::AanmeldDialog</name>
    <message>
        <source>Sign in — Regiedesk</source>
        <translation>Sign in — Regiedesk</translation>
    </message>
    <message>
        <source>%1 has accounts. Sign in with your account&apos;s name and password; what you may change follows from its role.</source>
        <translation>%1 has accounts. Sign in with your account&apos;s name and password; what you may change follows from its role.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>This store has no accounts.</source>
        <translation>This store has no accounts.</translation>
    </message>
</context>
<context>
    <name>rd::AccountDialog</name>
    <message>
        <source>Local accounts</source>
        <translation>Local accounts</translation>
    </message>
    <message>
        <source>lower case, e.g. j.devries</source>
        <translation>lower case, e.g. j.devries</translation>
    </message>
    <message>
        <source>Account error</source>
        <translation>Account error</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <source>&amp;Set password of selected</source>
        <translation>&amp;Set password of selected</translation>
    </message>
    <message>
        <source>Re&amp;move selected…</source>
        <translation>Re&amp;move selected…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role and scope</source>
        <translation>Role and scope</translation>
    </message>
    <message>
        <source>Everyone who opens this store signs in with one of these accounts; what they may change follows from its role. Only a beheerder changes the accounts.</source>
        <translation>Everyone who opens this store signs in with one of these accounts; what they may change follows from its role. Only a beheerder changes the accounts.</translation>
    </message>
    <message>
        <source>This store has no accounts: whoever opens it may change everything. Make a first account, a beheerder, and from then on everyone signs in.</source>
        <translation>This store has no accounts: whoever opens it may change everything. Make a first account, a beheerder, and from then on everyone signs in.</translation>
    </message>
    <message>
        <source>none: a beheerder sees everything</source>
        <translation>none: a beheerder sees everything</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 to 5</translation>
    </message>
    <message>
        <source>A&amp;ZC location:</source>
        <translation>A&amp;ZC location:</translation>
    </message>
    <message>
        <source>the AZC location&apos;s name</source>
        <translation>the AZC location&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>its code, e.g. GM0363</source>
        <translation>its code, e.g. GM0363</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <source>e.g. Gelderland</source>
        <translation>e.g. Gelderland</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>the two passwords differ</translation>
    </message>
    <message>
        <source>select an account in the list first</source>
        <translation>select an account in the list first</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Remove the account %1? Whoever uses it can no longer sign in.</source>
        <translation>Remove the account %1? Whoever uses it can no longer sign in.</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>not removed</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Repeat pass&amp;word:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
</context>
<context>
    <name>rd::AccountMenu</name>
    <message>
        <source>Local &amp;accounts…</source>
        <translation>Local &amp;accounts…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Change my pass&amp;word…</translation>
    </message>
    <message>
        <source>Who may open this store, and as what: a beheerder&apos;s task</source>
        <translation>Who may open this store, and as what: a beheerder&apos;s task</translation>
    </message>
    <message>
        <source>Change the password of the local account you work as</source>
        <translation>Change the password of the local account you work as</translation>
    </message>
    <message>
        <source>Your password is changed; sign in with the new one from now on.</source>
        <translation>Your password is changed; sign in with the new one from now on.</translation>
    </message>
</context>
<context>
    <name>rd::AfzenderDialog</name>
    <message>
        <source>Letter sender</source>
        <translation>Letter sender</translation>
    </message>
    <message>
        <source>The sender line of the letter, e.g. COA, regio Noord-Nederland</source>
        <translation>The sender line of the letter, e.g. COA, regio Noord-Nederland</translation>
    </message>
    <message>
        <source>The regievoerder the status holder can contact (required)</source>
        <translation>The regievoerder the status holder can contact (required)</translation>
    </message>
    <message>
        <source>Phone number (phone or e-mail required)</source>
        <translation>Phone number (phone or e-mail required)</translation>
    </message>
    <message>
        <source>E-mail address (phone or e-mail required)</source>
        <translation>E-mail address (phone or e-mail required)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Regievoerder</source>
        <translation>Regievoerder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Regievoerder:</source>
        <translation>&amp;Regievoerder:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>AZC locations and their contact lines</source>
        <translation>AZC locations and their contact lines</translation>
    </message>
    <message>
        <source>The contact line (address, phone) of each AZC location, printed on the letters of its residents; double-click to edit</source>
        <translation>The contact line (address, phone) of each AZC location, printed on the letters of its residents; double-click to edit</translation>
    </message>
    <message>
        <source>AZC location</source>
        <translation>AZC location</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>AZC &amp;locations of the region:</source>
        <translation>AZC &amp;locations of the region:</translation>
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
        <translation>Scope level</translation>
    </message>
    <message>
        <source>Whose figures the report holds: the whole country, one COA region, one province (its own area) or one municipality (its own only)</source>
        <translation>Whose figures the report holds: the whole country, one COA region, one province (its own area) or one municipality (its own only)</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The region, province or municipality; type to find one</source>
        <translation>The region, province or municipality; type to find one</translation>
    </message>
</context>
<context>
    <name>rd::BriefDialog</name>
    <message>
        <source>&amp;Also in:</source>
        <translation>&amp;Also in:</translation>
    </message>
    <message>
        <source>Include the &amp;copy for the AZC location</source>
        <translation>Include the &amp;copy for the AZC location</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Coupling letter</source>
        <translation>Coupling letter</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <source>The language of the letter; Dutch is the authoritative text</source>
        <translation>The language of the letter; Dutch is the authoritative text</translation>
    </message>
    <message>
        <source>Also produce the letter in the status holder&apos;s own language, beside the Dutch one</source>
        <translation>Also produce the letter in the status holder&apos;s own language, beside the Dutch one</translation>
    </message>
    <message>
        <source>Second letter language</source>
        <translation>Second letter language</translation>
    </message>
    <message>
        <source>Add a copy marked for the AZC location after each letter</source>
        <translation>Add a copy marked for the AZC location after each letter</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>The day the letter is handed out at the vergunninghoudergesprek</source>
        <translation>The day the letter is handed out at the vergunninghoudergesprek</translation>
    </message>
    <message>
        <source>Show the pages as they print (nothing is recorded)</source>
        <translation>Show the pages as they print (nothing is recorded)</translation>
    </message>
    <message>
        <source>Print the letters and record them in the case timeline</source>
        <translation>Print the letters and record them in the case timeline</translation>
    </message>
    <message>
        <source>Save the letters as PDF and record them in the case timeline</source>
        <translation>Save the letters as PDF and record them in the case timeline</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>no letter templates were found</source>
        <translation>no letter templates were found</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %Ln person(s), coupled to %3 on %4</source>
        <translation>
            <numerusform>%1 (%2), %Ln person, coupled to %3 on %4</numerusform>
            <numerusform>%1 (%2), %Ln persons, coupled to %3 on %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No coupling letter can be made for this household.</source>
        <translation>No coupling letter can be made for this household.</translation>
    </message>
    <message>
        <source>⚠ Missing: %1</source>
        <translation>⚠ Missing: %1</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>the printer could not be started</translation>
    </message>
    <message>
        <source>Coupling letter — preview</source>
        <translation>Coupling letter — preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print coupling letter</source>
        <translation>Print coupling letter</translation>
    </message>
    <message>
        <source>Save coupling letter</source>
        <translation>Save coupling letter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Saved and recorded: %1</source>
        <translation>Saved and recorded: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Warning: %1</translation>
    </message>
</context>
<context>
    <name>rd::BriefReeksDialog</name>
    <message>
        <source>&amp;One PDF with every letter</source>
        <translation>&amp;One PDF with every letter</translation>
    </message>
    <message>
        <source>One PDF &amp;per household, in a folder</source>
        <translation>One PDF &amp;per household, in a folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Make letters</source>
        <translation>&amp;Make letters</translation>
    </message>
    <message>
        <source>Coupling letters for a day</source>
        <translation>Coupling letters for a day</translation>
    </message>
    <message>
        <source>Coupling date</source>
        <translation>Coupling date</translation>
    </message>
    <message>
        <source>The households whose coupling was made on this day</source>
        <translation>The households whose coupling was made on this day</translation>
    </message>
    <message>
        <source>Households coupled on this day</source>
        <translation>Households coupled on this day</translation>
    </message>
    <message>
        <source>Untick a household to leave it out</source>
        <translation>Untick a household to leave it out</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <source>Output file or folder</source>
        <translation>Output file or folder</translation>
    </message>
    <message>
        <source>Write the letters and record them in the case timelines</source>
        <translation>Write the letters and record them in the case timelines</translation>
    </message>
    <message>
        <source>Coupled &amp;on:</source>
        <translation>Coupled &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>&amp;Households:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Output:</translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation>&amp;File or folder:</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %Ln person(s)</source>
        <translation>
            <numerusform>%1 (%2), %Ln person</numerusform>
            <numerusform>%1 (%2), %Ln persons</numerusform>
        </translation>
    </message>
    <message>
        <source>No household in this region was coupled on this day.</source>
        <translation>No household in this region was coupled on this day.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) coupled on this day.</source>
        <translation>
            <numerusform>%Ln household coupled on this day.</numerusform>
            <numerusform>%Ln households coupled on this day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save coupling letters</source>
        <translation>Save coupling letters</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the coupling letters</source>
        <translation>Folder for the coupling letters</translation>
    </message>
    <message>
        <source>Writing coupling letters…</source>
        <translation>Writing coupling letters…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Coupling letters</source>
        <translation>Coupling letters</translation>
    </message>
    <message>
        <source>No letters were written: %1</source>
        <translation>No letters were written: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written and nothing recorded.</source>
        <translation>Cancelled: nothing was written and nothing recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) written and recorded.</source>
        <translation>
            <numerusform>%Ln letter written and recorded.</numerusform>
            <numerusform>%Ln letters written and recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) got no letter:</source>
        <translation>
            <numerusform>%Ln household got no letter:</numerusform>
            <numerusform>%Ln households got no letter:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected household(s).</source>
        <translation>
            <numerusform>%Ln selected household.</numerusform>
            <numerusform>%Ln selected households.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupling letters for the selected cases</source>
        <translation>Coupling letters for the selected cases</translation>
    </message>
    <message>
        <source>Selected households</source>
        <translation>Selected households</translation>
    </message>
    <message>
        <source>⚠ %1 — warning: %2</source>
        <translation>⚠ %1 — warning: %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Warning for %Ln household(s), marked in the list; their letters are made all the same.</source>
        <translation>
            <numerusform>⚠ Warning for %Ln household, marked in the list; its letter is made all the same.</numerusform>
            <numerusform>⚠ Warning for %Ln households, marked in the list; their letters are made all the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) with a warning:</source>
        <translation>
            <numerusform>%Ln letter with a warning:</numerusform>
            <numerusform>%Ln letters with a warning:</numerusform>
        </translation>
    </message>
    <message>
        <source>Each household&apos;s letter in Dutch and, beside it, in the language recorded at intake; or one language for every letter</source>
        <translation>Each household&apos;s letter in Dutch and, beside it, in the language recorded at intake; or one language for every letter</translation>
    </message>
    <message>
        <source>Each household&apos;s own language, next to Dutch</source>
        <translation>Each household&apos;s own language, next to Dutch</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) only in Dutch: there is no letter template for their language:</source>
        <translation>
            <numerusform>%Ln household only in Dutch: there is no letter template for their language:</numerusform>
            <numerusform>%Ln households only in Dutch: there is no letter template for their language:</numerusform>
        </translation>
    </message>
    <message>
        <source>no language recorded</source>
        <translation>no language recorded</translation>
    </message>
</context>
<context>
    <name>rd::BriefWerk</name>
    <message>
        <source>Choose a household in the queue first, then make its coupling letter.</source>
        <translation>Choose a household in the queue first, then make its coupling letter.</translation>
    </message>
    <message>
        <source>Letter sender saved.</source>
        <translation>Letter sender saved.</translation>
    </message>
</context>
<context>
    <name>rd::ConflictenDialog</name>
    <message>
        <source>Take the &amp;server&apos;s version</source>
        <translation>Take the &amp;server&apos;s version</translation>
    </message>
    <message>
        <source>Keep &amp;mine (make it again)</source>
        <translation>Keep &amp;mine (make it again)</translation>
    </message>
    <message>
        <source>Conflicts with the team server</source>
        <translation>Conflicts with the team server</translation>
    </message>
    <message>
        <source>A conflict is a change of yours that reached the team server after another change of the same household. This store shows the server&apos;s version; choose per row.</source>
        <translation>A conflict is a change of yours that reached the team server after another change of the same household. This store shows the server&apos;s version; choose per row.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Server&apos;s version</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Not resolved: %1</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Conflict %1 resolved.</translation>
    </message>
</context>
<context>
    <name>rd::CriteriaSectie</name>
    <message>
        <source>Mandatory placement criteria</source>
        <translation>Mandatory placement criteria</translation>
    </message>
    <message>
        <source>Ties that decide where the household must live (handbook 3.2)</source>
        <translation>Ties that decide where the household must live (handbook 3.2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Check when this criterion applies: &quot;%1&quot;</source>
        <translation>Check when this criterion applies: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: municipality</source>
        <translation>%1: municipality</translation>
    </message>
    <message>
        <source>The municipality this criterion ties the household to; type part of its name</source>
        <translation>The municipality this criterion ties the household to; type part of its name</translation>
    </message>
    <message>
        <source>%1: place</source>
        <translation>%1: place</translation>
    </message>
    <message>
        <source>The place (town, hospital or school location), when no municipality applies or to be more precise</source>
        <translation>The place (town, hospital or school location), when no municipality applies or to be more precise</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: note</translation>
    </message>
    <message>
        <source>A short note on the criterion</source>
        <translation>A short note on the criterion</translation>
    </message>
    <message>
        <source>Do not write medical details here.</source>
        <translation>Do not write medical details here.</translation>
    </message>
    <message>
        <source>Only the place; no medical details</source>
        <translation>Only the place; no medical details</translation>
    </message>
    <message>
        <source>no municipality is called &quot;%1&quot;; choose one from the list</source>
        <translation>no municipality is called &quot;%1&quot;; choose one from the list</translation>
    </message>
</context>
<context>
    <name>rd::DatumVeld</name>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1 known</translation>
    </message>
    <message>
        <source>Check when the date is known. %1</source>
        <translation>Check when the date is known. %1</translation>
    </message>
</context>
<context>
    <name>rd::FaseGrafiek</name>
    <message>
        <source>Phases of the household against their norms</source>
        <translation>Phases of the household against their norms</translation>
    </message>
    <message>
        <source>%1: not begun</source>
        <translation>%1: not begun</translation>
    </message>
    <message>
        <source>%1 (to today)</source>
        <translation>%1 (to today)</translation>
    </message>
    <message numerus="yes">
        <source>! +%n day(s)</source>
        <translation>
            <numerusform>! +%n day</numerusform>
            <numerusform>! +%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>No household chosen</translation>
    </message>
    <message>
        <source>Days taken (a running phase up to today)</source>
        <translation>Days taken (a running phase up to today)</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Over the norm (hatched)</source>
        <translation>Over the norm (hatched)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) taken</source>
        <translation>
            <numerusform>%n day taken</numerusform>
            <numerusform>%n days taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>norm %n day(s)</source>
        <translation>
            <numerusform>norm %n day</numerusform>
            <numerusform>norm %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Phases against their norms on %1 (today)</source>
        <translation>Phases against their norms on %1 (today)</translation>
    </message>
    <message>
        <source>%1: phases against their norms on %2 (today)</source>
        <translation>%1: phases against their norms on %2 (today)</translation>
    </message>
</context>
<context>
    <name>rd::GemeenteContactVelden</name>
    <message>
        <source>Contact at the municipality</source>
        <translation>Contact at the municipality</translation>
    </message>
    <message>
        <source>Name, phone and e-mail are printed on the coupling letter; a letter for a municipality without them leaves its contact out</source>
        <translation>Name, phone and e-mail are printed on the coupling letter; a letter for a municipality without them leaves its contact out</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>The person or team the status holder and the COA contact about the housing; printed on the coupling letter</source>
        <translation>The person or team the status holder and the COA contact about the housing; printed on the coupling letter</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Digits, spaces and hyphens, a &quot;+&quot; at the start, e.g. 020 552 3000 or +31 20 552 3000; printed on the coupling letter</source>
        <translation>Digits, spaces and hyphens, a &quot;+&quot; at the start, e.g. 020 552 3000 or +31 20 552 3000; printed on the coupling letter</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>An e-mail address such as wonen@gemeente.nl; printed on the coupling letter</source>
        <translation>An e-mail address such as wonen@gemeente.nl; printed on the coupling letter</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Contact note</translation>
    </message>
    <message>
        <source>Anything else about reaching the municipality, for you only (never on a letter), e.g. office hours</source>
        <translation>Anything else about reaching the municipality, for you only (never on a letter), e.g. office hours</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>Phon&amp;e:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Contact note:</source>
        <translation>&amp;Contact note:</translation>
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
        <translation>Housing stock</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Municipality %1</source>
        <translation>Municipality %1</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS code</translation>
    </message>
    <message>
        <source>The municipality&apos;s CBS code</source>
        <translation>The municipality&apos;s CBS code</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The COA region, which follows from the province</source>
        <translation>The COA region, which follows from the province</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Housing stock</source>
        <translation>&amp;Housing stock</translation>
    </message>
    <message>
        <source>What the municipality can offer; the coupling check warns when a household needs something that is not ticked</source>
        <translation>What the municipality can offer; the coupling check warns when a household needs something that is not ticked</translation>
    </message>
    <message>
        <source>One-person dwellings: studios and small flats for a household of one</source>
        <translation>One-person dwellings: studios and small flats for a household of one</translation>
    </message>
    <message>
        <source>Family homes: dwellings for households of four or more</source>
        <translation>Family homes: dwellings for households of four or more</translation>
    </message>
    <message>
        <source>Dwellings suited to the elderly (65 and older): ground floor or with a lift</source>
        <translation>Dwellings suited to the elderly (65 and older): ground floor or with a lift</translation>
    </message>
    <message>
        <source>Student rooms and housing for young people in education</source>
        <translation>Student rooms and housing for young people in education</translation>
    </message>
    <message>
        <source>Dwellings adapted to a visible physical limitation, such as wheelchair-accessible homes</source>
        <translation>Dwellings adapted to a visible physical limitation, such as wheelchair-accessible homes</translation>
    </message>
    <message>
        <source>Housing stock: %1</source>
        <translation>Housing stock: %1</translation>
    </message>
    <message>
        <source>Nothing ticked: the housing stock is unknown and gives no warning.</source>
        <translation>Nothing ticked: the housing stock is unknown and gives no warning.</translation>
    </message>
    <message>
        <source>Working agreements with the municipality</source>
        <translation>Working agreements with the municipality</translation>
    </message>
    <message>
        <source>No personal or medical data here: notes are about the municipality, never about a status holder.</source>
        <translation>No personal or medical data here: notes are about the municipality, never about a status holder.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Partnerships</source>
        <translation>&amp;Partnerships</translation>
    </message>
    <message>
        <source>Partnerships it is a member of</source>
        <translation>Partnerships it is a member of</translation>
    </message>
    <message>
        <source>The partnerships this municipality is a member of</source>
        <translation>The partnerships this municipality is a member of</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Leave</translation>
    </message>
    <message>
        <source>Leave the selected partnership now (the coordinator cannot leave)</source>
        <translation>Leave the selected partnership now (the coordinator cannot leave)</translation>
    </message>
    <message>
        <source>Partnership to join</source>
        <translation>Partnership to join</translation>
    </message>
    <message>
        <source>Other partnerships of this region</source>
        <translation>Other partnerships of this region</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Join the chosen partnership now</source>
        <translation>Join the chosen partnership now</translation>
    </message>
    <message>
        <source>Join ano&amp;ther:</source>
        <translation>Join ano&amp;ther:</translation>
    </message>
    <message>
        <source>Close without saving the edits</source>
        <translation>Close without saving the edits</translation>
    </message>
    <message>
        <source>Municipality %1 (%2)</source>
        <translation>Municipality %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (coordinator)</source>
        <translation>%1 (coordinator)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n member: %1</numerusform>
            <numerusform>%n members: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No other partnership in this region</source>
        <translation>No other partnership in this region</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Choose a partnership to join.</source>
        <translation>Choose a partnership to join.</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Not joined: %1</translation>
    </message>
    <message>
        <source>Select a partnership to leave.</source>
        <translation>Select a partnership to leave.</translation>
    </message>
    <message>
        <source>Not left: %1</source>
        <translation>Not left: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to %1 have not been saved. Save them?</source>
        <translation>The changes to %1 have not been saved. Save them?</translation>
    </message>
    <message>
        <source>Save the housing stock, contact and notes</source>
        <translation>Save the housing stock, contact and notes</translation>
    </message>
</context>
<context>
    <name>rd::GesprekSectie</name>
    <message>
        <source>Intake interview &amp;held (huisvestinggesprek)</source>
        <translation>Intake interview &amp;held (huisvestinggesprek)</translation>
    </message>
    <message>
        <source>Intake interview held</source>
        <translation>Intake interview held</translation>
    </message>
    <message>
        <source>Check when the intake interview took place; its answers are below</source>
        <translation>Check when the intake interview took place; its answers are below</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Interview date</translation>
    </message>
    <message>
        <source>The date of the intake interview: not before the permit date</source>
        <translation>The date of the intake interview: not before the permit date</translation>
    </message>
    <message>
        <source>Interview AZC</source>
        <translation>Interview AZC</translation>
    </message>
    <message>
        <source>The AZC location where the interview took place</source>
        <translation>The AZC location where the interview took place</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Interpreter language</translation>
    </message>
    <message>
        <source>The language an interpreter translated to, if any</source>
        <translation>The language an interpreter translated to, if any</translation>
    </message>
    <message>
        <source>Expected family members to follow</source>
        <translation>Expected family members to follow</translation>
    </message>
    <message>
        <source>How many family members are expected to follow (nareizigers)</source>
        <translation>How many family members are expected to follow (nareizigers)</translation>
    </message>
    <message>
        <source>Family reunification status</source>
        <translation>Family reunification status</translation>
    </message>
    <message>
        <source>Where the family reunification application stands</source>
        <translation>Where the family reunification application stands</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Housing needs</source>
        <translation>Housing needs</translation>
    </message>
    <message>
        <source>What the household needs of a dwelling: size, ground floor, near a school, ...</source>
        <translation>What the household needs of a dwelling: size, ground floor, near a school, ...</translation>
    </message>
    <message>
        <source>Education wish</source>
        <translation>Education wish</translation>
    </message>
    <message>
        <source>The education the person wants to follow</source>
        <translation>The education the person wants to follow</translation>
    </message>
    <message>
        <source>Work wish</source>
        <translation>Work wish</translation>
    </message>
    <message>
        <source>The work the person wants to do</source>
        <translation>The work the person wants to do</translation>
    </message>
    <message>
        <source>Interview &amp;date:</source>
        <translation>Interview &amp;date:</translation>
    </message>
    <message>
        <source>&amp;AZC:</source>
        <translation>&amp;AZC:</translation>
    </message>
    <message>
        <source>Interpreter &amp;language:</source>
        <translation>Interpreter &amp;language:</translation>
    </message>
    <message>
        <source>E&amp;xpected to follow:</source>
        <translation>E&amp;xpected to follow:</translation>
    </message>
    <message>
        <source>&amp;Reunification:</source>
        <translation>&amp;Reunification:</translation>
    </message>
    <message>
        <source>&amp;Housing needs:</source>
        <translation>&amp;Housing needs:</translation>
    </message>
    <message>
        <source>&amp;Education wish:</source>
        <translation>&amp;Education wish:</translation>
    </message>
    <message>
        <source>&amp;Work wish:</source>
        <translation>&amp;Work wish:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <source>Needs very &amp;specific housing (special group)</source>
        <translation>Needs very &amp;specific housing (special group)</translation>
    </message>
    <message>
        <source>Needs very specific housing</source>
        <translation>Needs very specific housing</translation>
    </message>
    <message>
        <source>Handbook 3.3.4: very specific housing is needed because of a (visible) limitation. Only the flag; never write a diagnosis.</source>
        <translation>Handbook 3.3.4: very specific housing is needed because of a (visible) limitation. Only the flag; never write a diagnosis.</translation>
    </message>
</context>
<context>
    <name>rd::GewichtenDialog</name>
    <message>
        <source>Suggestion weights</source>
        <translation>Suggestion weights</translation>
    </message>
    <message>
        <source>How much each factor counts in the suggestions and the plan for the week, from 0 (not at all) to 10. Origin, language, religion and sex are never a factor. The change is one step in the change log; Edit ▸ Undo takes it back.</source>
        <translation>How much each factor counts in the suggestions and the plan for the week, from 0 (not at all) to 10. Origin, language, religion and sex are never a factor. The change is one step in the change log; Edit ▸ Undo takes it back.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
</context>
<context>
    <name>rd::HalfJaarCombo</name>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>The calendar half-year whose quota and realisation are shown</source>
        <translation>The calendar half-year whose quota and realisation are shown</translation>
    </message>
</context>
<context>
    <name>rd::HuishoudenForm</name>
    <message>
        <source>Intake form sections</source>
        <translation>Intake form sections</translation>
    </message>
    <message>
        <source>Household and &amp;persons</source>
        <translation>Household and &amp;persons</translation>
    </message>
    <message>
        <source>Intake &amp;interview and criteria</source>
        <translation>Intake &amp;interview and criteria</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save household</source>
        <translation>Save household</translation>
    </message>
    <message>
        <source>Store the household (Ctrl+S); possible when no field needs attention</source>
        <translation>Store the household (Ctrl+S); possible when no field needs attention</translation>
    </message>
    <message>
        <source>Fields that need attention</source>
        <translation>Fields that need attention</translation>
    </message>
    <message>
        <source>Activate an entry (double-click or Enter) to go to its field</source>
        <translation>Activate an entry (double-click or Enter) to go to its field</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>no store is open</translation>
    </message>
    <message>
        <source>Person %1, %2</source>
        <translation>Person %1, %2</translation>
    </message>
    <message>
        <source>Lease signed</source>
        <translation>Lease signed</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>Lease start</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Uitschrijving</source>
        <translation>Uitschrijving</translation>
    </message>
    <message>
        <source>Housing municipality</source>
        <translation>Housing municipality</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before the household can be saved</source>
        <translation>
            <numerusform>%n field needs attention before the household can be saved</numerusform>
            <numerusform>%n fields need attention before the household can be saved</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This household has changes that are not saved. Save them now?</source>
        <translation>This household has changes that are not saved. Save them now?</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>rd::HuishoudenSectie</name>
    <message>
        <source>AZC location</source>
        <translation>AZC location</translation>
    </message>
    <message>
        <source>The reception centre where the household lives now; it decides the region of placement</source>
        <translation>The reception centre where the household lives now; it decides the region of placement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Regular, resettled (UNHCR), B-9 permit or unaccompanied minor</source>
        <translation>Regular, resettled (UNHCR), B-9 permit or unaccompanied minor</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Permit date</translation>
    </message>
    <message>
        <source>The date the residence permit was granted: phase 1 starts</source>
        <translation>The date the residence permit was granted: phase 1 starts</translation>
    </message>
    <message>
        <source>BRP registration date</source>
        <translation>BRP registration date</translation>
    </message>
    <message>
        <source>The registration in the population register (BRP), which gives the BSN; not before the permit</source>
        <translation>The registration in the population register (BRP), which gives the BSN; not before the permit</translation>
    </message>
    <message>
        <source>Family may come from</source>
        <translation>Family may come from</translation>
    </message>
    <message>
        <source>Family reunification: the family may come from this date (placement waits up to 3 months)</source>
        <translation>Family reunification: the family may come from this date (placement waits up to 3 months)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>&amp;AZC:</source>
        <translation>&amp;AZC:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>Family may come &amp;from:</source>
        <translation>Family may come &amp;from:</translation>
    </message>
    <message>
        <source>Per&amp;mit date:</source>
        <translation>Per&amp;mit date:</translation>
    </message>
    <message>
        <source>&amp;BRP registration:</source>
        <translation>&amp;BRP registration:</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Persons of the household</source>
        <translation>Persons of the household</translation>
    </message>
    <message>
        <source>One row per person; F2 or typing edits a cell, Space toggles a check box</source>
        <translation>One row per person; F2 or typing edits a cell, Space toggles a check box</translation>
    </message>
    <message>
        <source>A&amp;dd person</source>
        <translation>A&amp;dd person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Add a row for a new person (Alt+D)</source>
        <translation>Add a row for a new person (Alt+D)</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>&amp;Remove person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Remove the selected person from the household (Alt+R)</source>
        <translation>Remove the selected person from the household (Alt+R)</translation>
    </message>
    <message>
        <source>Reference person</source>
        <translation>Reference person</translation>
    </message>
</context>
<context>
    <name>rd::HuishoudenStatusRegel</name>
    <message>
        <source>De&amp;cide…</source>
        <translation>De&amp;cide…</translation>
    </message>
    <message>
        <source>At the end of the reunification block: house as single or wait for the family (undo with Ctrl+Z)</source>
        <translation>At the end of the reunification block: house as single or wait for the family (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Zelfhuisvester (found housing in the coupled gemeente)</source>
        <translation>&amp;Zelfhuisvester (found housing in the coupled gemeente)</translation>
    </message>
    <message>
        <source>Zelfhuisvester</source>
        <translation>Zelfhuisvester</translation>
    </message>
    <message>
        <source>The household found a home itself (handbook 3.4). Only in the coupled gemeente (or a member of the coupled partnership), and only while coupled; it counts for that gemeente once registered there. Undo with Ctrl+Z.</source>
        <translation>The household found a home itself (handbook 3.4). Only in the coupled gemeente (or a member of the coupled partnership), and only while coupled; it counts for that gemeente once registered there. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Family reunification: the family may come from %1; placement is blocked until %2.</source>
        <translation>Family reunification: the family may come from %1; placement is blocked until %2.</translation>
    </message>
    <message>
        <source>Family reunification: the family may come from %1; the placement block ended on %2.</source>
        <translation>Family reunification: the family may come from %1; the placement block ended on %2.</translation>
    </message>
    <message>
        <source>Decision: not taken yet.</source>
        <translation>Decision: not taken yet.</translation>
    </message>
    <message>
        <source>Decision: %1 (on %2).</source>
        <translation>Decision: %1 (on %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) of family members join this one.</source>
        <translation>
            <numerusform>%n household of family members joins this one.</numerusform>
            <numerusform>%n households of family members join this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Joins household…</source>
        <translation>&amp;Joins household…</translation>
    </message>
    <message>
        <source>For nareizigers: link this household to the household of the status holder they join, by a member&apos;s V-nummer (undo with Ctrl+Z)</source>
        <translation>For nareizigers: link this household to the household of the status holder they join, by a member&apos;s V-nummer (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Joins no other household.</source>
        <translation>Joins no other household.</translation>
    </message>
    <message>
        <source>Nareizigers: joins the household of %1.</source>
        <translation>Nareizigers: joins the household of %1.</translation>
    </message>
</context>
<context>
    <name>rd::HuishoudenZoekDialog</name>
    <message>
        <source>Find household</source>
        <translation>Find household</translation>
    </message>
    <message>
        <source>Name, V-number or BSN of any member</source>
        <translation>Name, V-number or BSN of any member</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>Find a household</translation>
    </message>
    <message>
        <source>Every household: waiting, coupled, housed or stopped. Each word typed begins a first name or surname (accents and case do not matter); digits begin a V-number or BSN. Up and Down choose, Enter opens.</source>
        <translation>Every household: waiting, coupled, housed or stopped. Each word typed begins a first name or surname (accents and case do not matter); digits begin a V-number or BSN. Up and Down choose, Enter opens.</translation>
    </message>
    <message>
        <source>Households found</source>
        <translation>Households found</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-number</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>name of %1</translation>
    </message>
    <message>
        <source>V-number of %1</source>
        <translation>V-number of %1</translation>
    </message>
    <message>
        <source>BSN of %1</source>
        <translation>BSN of %1</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Type a name, V-number or BSN.</source>
        <translation>Type a name, V-number or BSN.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>No household found.</source>
        <translation>No household found.</translation>
    </message>
    <message>
        <source>The first %1 households found; type more to narrow it down.</source>
        <translation>The first %1 households found; type more to narrow it down.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>%n household found.</numerusform>
            <numerusform>%n households found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::JournaalModel</name>
    <message>
        <source>%1 (takes back entry %2)</source>
        <translation>%1 (takes back entry %2)</translation>
    </message>
    <message>
        <source>Entry %1, type %2, on device %3; hash %4</source>
        <translation>Entry %1, type %2, on device %3; hash %4</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>%1 (from before the change log)</source>
        <translation>%1 (from before the change log)</translation>
    </message>
</context>
<context>
    <name>rd::KoppelDialog</name>
    <message>
        <source>Couple to %1</source>
        <translation>Couple to %1</translation>
    </message>
    <message>
        <source>What to weigh per household</source>
        <translation>What to weigh per household</translation>
    </message>
    <message>
        <source>Household / item</source>
        <translation>Household / item</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason for the coupling</source>
        <translation>Reason for the coupling</translation>
    </message>
    <message>
        <source>Why this gemeente: kept with the coupling in its history.</source>
        <translation>Why this gemeente: kept with the coupling in its history.</translation>
    </message>
    <message>
        <source>Coupled on the region board</source>
        <translation>Coupled on the region board</translation>
    </message>
    <message>
        <source>Coupling date</source>
        <translation>Coupling date</translation>
    </message>
    <message>
        <source>The date of the coupling; not in the future.</source>
        <translation>The date of the coupling; not in the future.</translation>
    </message>
    <message>
        <source>Some ticked households have blocking items. They are coupled only with a written reason to override, which is stored with the coupling.</source>
        <translation>Some ticked households have blocking items. They are coupled only with a written reason to override, which is stored with the coupling.</translation>
    </message>
    <message>
        <source>Reason to override blocking items</source>
        <translation>Reason to override blocking items</translation>
    </message>
    <message>
        <source>Why couple despite the blocking items?</source>
        <translation>Why couple despite the blocking items?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Couple</source>
        <translation>&amp;Couple</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n person(s)</source>
        <translation>
            <numerusform>%1 (%2), %n person</numerusform>
            <numerusform>%1 (%2), %n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Cannot be checked</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Nothing to weigh: no blocking items, no warnings.</source>
        <translation>Nothing to weigh: no blocking items, no warnings.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) will be coupled.</source>
        <translation>
            <numerusform>%n household will be coupled.</numerusform>
            <numerusform>%n households will be coupled.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with blocking items need a reason to override, or untick them.</source>
        <translation>
            <numerusform>%n household with blocking items needs a reason to override, or untick it.</numerusform>
            <numerusform>%n households with blocking items need a reason to override, or untick them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Couple %n household(s) to %1&lt;/b&gt;&lt;br&gt;Weigh what is listed below before you confirm. Untick a household to leave it out.</source>
        <translation>
            <numerusform>&lt;b&gt;Couple %n household to %1&lt;/b&gt;&lt;br&gt;Weigh what is listed below before you confirm. Untick a household to leave it out.</numerusform>
            <numerusform>&lt;b&gt;Couple %n households to %1&lt;/b&gt;&lt;br&gt;Weigh what is listed below before you confirm. Untick a household to leave it out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The items to weigh in full</source>
        <translation>The items to weigh in full</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>not among the suggestions: %1</source>
        <translation>not among the suggestions: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (score %3): %4</source>
        <translation>%1 of %2 (score %3): %4</translation>
    </message>
    <message>
        <source>The first suggestion is %1 (score %2).</source>
        <translation>The first suggestion is %1 (score %2).</translation>
    </message>
    <message>
        <source>not among the suggestions: outside the region of the household&apos;s AZC</source>
        <translation>not among the suggestions: outside the region of the household&apos;s AZC</translation>
    </message>
</context>
<context>
    <name>rd::KoppelHistorieModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended %1 by %2: %3</source>
        <translation>Ended %1 by %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gemeente / partnership</source>
        <translation>Gemeente / partnership</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>Undone by %1: never happened, in no count</source>
        <translation>Undone by %1: never happened, in no count</translation>
    </message>
    <message>
        <source>Ended %1 by %2: %3 (lease signed %4)</source>
        <translation>Ended %1 by %2: %3 (lease signed %4)</translation>
    </message>
</context>
<context>
    <name>rd::KoppelHistoriePanel</name>
    <message>
        <source>&amp;Uncouple…</source>
        <translation>&amp;Uncouple…</translation>
    </message>
    <message>
        <source>Couple &amp;again to this target…</source>
        <translation>Couple &amp;again to this target…</translation>
    </message>
    <message>
        <source>Coupling history</source>
        <translation>Coupling history</translation>
    </message>
    <message>
        <source>End the active coupling, with a reason. Can be undone.</source>
        <translation>End the active coupling, with a reason. Can be undone.</translation>
    </message>
    <message>
        <source>Couple the household again to the gemeente or partnership of the selected row, with the same checks as a new coupling.</source>
        <translation>Couple the household again to the gemeente or partnership of the selected row, with the same checks as a new coupling.</translation>
    </message>
    <message>
        <source>Choose a household to see its couplings.</source>
        <translation>Choose a household to see its couplings.</translation>
    </message>
    <message>
        <source>This household has never been coupled.</source>
        <translation>This household has never been coupled.</translation>
    </message>
    <message numerus="yes">
        <source>%n coupling step(s), oldest first.</source>
        <translation>
            <numerusform>%n coupling step, oldest first.</numerusform>
            <numerusform>%n coupling steps, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The couplings cannot be read: %1</source>
        <translation>The couplings cannot be read: %1</translation>
    </message>
    <message>
        <source>Change log of the household</source>
        <translation>Change log of the household</translation>
    </message>
    <message>
        <source>The change log cannot be read: %1</source>
        <translation>The change log cannot be read: %1</translation>
    </message>
    <message>
        <source>No changes of this household in the change log yet.</source>
        <translation>No changes of this household in the change log yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the change log, oldest first.</source>
        <translation>
            <numerusform>%n change in the change log, oldest first.</numerusform>
            <numerusform>%n changes in the change log, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::KoppelPicker</name>
    <message>
        <source>Search gemeente or partnership</source>
        <translation>Search gemeente or partnership</translation>
    </message>
    <message>
        <source>Type a name or GM code…</source>
        <translation>Type a name or GM code…</translation>
    </message>
    <message>
        <source>Gemeenten and partnerships</source>
        <translation>Gemeenten and partnerships</translation>
    </message>
    <message>
        <source>&amp;Couple to:</source>
        <translation>&amp;Couple to:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
</context>
<context>
    <name>rd::KoppelWerk</name>
    <message>
        <source>Nothing was coupled (all or none): %1</source>
        <translation>Nothing was coupled (all or none): %1</translation>
    </message>
    <message>
        <source>Choose one or more households in the queue first.</source>
        <translation>Choose one or more households in the queue first.</translation>
    </message>
    <message numerus="yes">
        <source>Couple %n household(s) to…</source>
        <translation>
            <numerusform>Couple %n household to…</numerusform>
            <numerusform>Couple %n households to…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for uncoupling</source>
        <translation>Reason for uncoupling</translation>
    </message>
    <message>
        <source>Uncouple</source>
        <translation>Uncouple</translation>
    </message>
    <message>
        <source>Reason for uncoupling:</source>
        <translation>Reason for uncoupling:</translation>
    </message>
    <message>
        <source>Uncoupling needs a reason.</source>
        <translation>Uncoupling needs a reason.</translation>
    </message>
    <message>
        <source>Not uncoupled: %1</source>
        <translation>Not uncoupled: %1</translation>
    </message>
    <message>
        <source>Uncoupled.</source>
        <translation>Uncoupled.</translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation>Coupling</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) coupled to %1</source>
        <translation>
            <numerusform>%n household coupled to %1</numerusform>
            <numerusform>%n households coupled to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>suggestion %1 · score %2</source>
        <translation>suggestion %1 · score %2</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>excluded: %1</translation>
    </message>
</context>
<context>
    <name>rd::LijstActies</name>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Print list…</translation>
    </message>
    <message>
        <source>Save list as P&amp;DF…</source>
        <translation>Save list as P&amp;DF…</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>Export list as &amp;CSV…</translation>
    </message>
    <message>
        <source>A print preview of the list as shown, filter applied</source>
        <translation>A print preview of the list as shown, filter applied</translation>
    </message>
    <message>
        <source>The list as shown, filter applied, as an A4 PDF</source>
        <translation>The list as shown, filter applied, as an A4 PDF</translation>
    </message>
    <message>
        <source>The rows and columns as shown, filter applied, as CSV that Excel opens</source>
        <translation>The rows and columns as shown, filter applied, as CSV that Excel opens</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>all regions</translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — print preview</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Print list</translation>
    </message>
    <message>
        <source>Export the %1 as CSV</source>
        <translation>Export the %1 as CSV</translation>
    </message>
    <message>
        <source>Save the %1 as PDF</source>
        <translation>Save the %1 as PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>The list could not be written.</translation>
    </message>
</context>
<context>
    <name>rd::LijstMenu</name>
    <message>
        <source>&amp;Print list (%1)…</source>
        <translation>&amp;Print list (%1)…</translation>
    </message>
    <message>
        <source>A print preview of the %1 as shown, filter applied; click in another list to print that one</source>
        <translation>A print preview of the %1 as shown, filter applied; click in another list to print that one</translation>
    </message>
    <message>
        <source>Save list as PD&amp;F (%1)…</source>
        <translation>Save list as PD&amp;F (%1)…</translation>
    </message>
    <message>
        <source>The %1 as shown, filter applied, as an A4 PDF</source>
        <translation>The %1 as shown, filter applied, as an A4 PDF</translation>
    </message>
    <message>
        <source>E&amp;xport list as CSV (%1)…</source>
        <translation>E&amp;xport list as CSV (%1)…</translation>
    </message>
    <message>
        <source>The rows and columns of the %1 as shown, filter applied, as CSV</source>
        <translation>The rows and columns of the %1 as shown, filter applied, as CSV</translation>
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
        <translation>Selection</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <source>Open another Regiedesk store file</source>
        <translation>Open another Regiedesk store file</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <source>Create an empty store with the municipalities and CBS population</source>
        <translation>Create an empty store with the municipalities and CBS population</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>&amp;Recent stores</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find municipality</source>
        <translation>&amp;Find municipality</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Regiedesk</source>
        <translation>&amp;About Regiedesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — Regiedesk</source>
        <translation>%1 — Regiedesk</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>No store is open. Choose File → Open store… or File → New store…</source>
        <translation>No store is open. Choose File → Open store… or File → New store…</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>No recent stores</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>Regiedesk stores (%1);;All files (*)</source>
        <translation>Regiedesk stores (%1);;All files (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>Regiedesk stores (%1)</source>
        <translation>Regiedesk stores (%1)</translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation>The store could not be created.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Half-&amp;year:</source>
        <translation>Half-&amp;year:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln municipality</numerusform>
            <numerusform>%Ln municipalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s)</source>
        <translation>
            <numerusform>%Ln open case</numerusform>
            <numerusform>%Ln open cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <source>Record a new household after its intake interview</source>
        <translation>Record a new household after its intake interview</translation>
    </message>
    <message>
        <source>&amp;Save household</source>
        <translation>&amp;Save household</translation>
    </message>
    <message>
        <source>&amp;Couple to…</source>
        <translation>&amp;Couple to…</translation>
    </message>
    <message>
        <source>Couple the households selected in the queue to a gemeente or partnership chosen by typing</source>
        <translation>Couple the households selected in the queue to a gemeente or partnership chosen by typing</translation>
    </message>
    <message>
        <source>&amp;Household panel</source>
        <translation>&amp;Household panel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for coupling</source>
        <translation>
            <numerusform>%Ln waiting for coupling</numerusform>
            <numerusform>%Ln waiting for coupling</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Coupling &amp;letter…</source>
        <translation>Coupling &amp;letter…</translation>
    </message>
    <message>
        <source>Preview, print or save the coupling letter of the household open in the form</source>
        <translation>Preview, print or save the coupling letter of the household open in the form</translation>
    </message>
    <message>
        <source>Coupling letters for a &amp;day…</source>
        <translation>Coupling letters for a &amp;day…</translation>
    </message>
    <message>
        <source>Write the coupling letters of every household coupled on one day</source>
        <translation>Write the coupling letters of every household coupled on one day</translation>
    </message>
    <message>
        <source>The sender and contacts printed on the coupling letters</source>
        <translation>The sender and contacts printed on the coupling letters</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
    <message>
        <source>Show the reports: COA reports and the province&apos;s supervision figures</source>
        <translation>Show the reports: COA reports and the province&apos;s supervision figures</translation>
    </message>
    <message>
        <source>Computing the quota…</source>
        <translation>Computing the quota…</translation>
    </message>
    <message>
        <source>&amp;Find household…</source>
        <translation>&amp;Find household…</translation>
    </message>
    <message>
        <source>Find any household, waiting, coupled, housed or stopped, by a member&apos;s name, V-nummer or BSN</source>
        <translation>Find any household, waiting, coupled, housed or stopped, by a member&apos;s name, V-nummer or BSN</translation>
    </message>
    <message>
        <source>Show or collapse the household panel</source>
        <translation>Show or collapse the household panel</translation>
    </message>
    <message>
        <source>Household panel in its own &amp;window</source>
        <translation>Household panel in its own &amp;window</translation>
    </message>
    <message>
        <source>Float the household panel beside the window, or dock it again</source>
        <translation>Float the household panel beside the window, or dock it again</translation>
    </message>
    <message numerus="yes">
        <source>Switching the language now empties the undo list (%n step(s)); the couplings stay as they are. Switch now?</source>
        <translation>
            <numerusform>Switching the language now empties the undo list (%n step); the couplings stay as they are. Switch now?</numerusform>
            <numerusform>Switching the language now empties the undo list (%n steps); the couplings stay as they are. Switch now?</numerusform>
        </translation>
    </message>
    <message>
        <source>The store was changed by another program; shown again.</source>
        <translation>The store was changed by another program; shown again.</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your name, as it goes into the change log with every change you make:</source>
        <translation>Your name, as it goes into the change log with every change you make:</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>a name is needed</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by another program shown.</source>
        <translation>
            <numerusform>%n change by another program shown.</numerusform>
            <numerusform>%n changes by another program shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plan for the week…</source>
        <translation>&amp;Plan for the week…</translation>
    </message>
    <message>
        <source>Propose the optimal coupling of every waiting household of the region, to check, pin and couple</source>
        <translation>Propose the optimal coupling of every waiting household of the region, to check, pin and couple</translation>
    </message>
    <message>
        <source>Suggestion &amp;weights…</source>
        <translation>Suggestion &amp;weights…</translation>
    </message>
    <message>
        <source>How much each factor counts in the suggestions and the plan</source>
        <translation>How much each factor counts in the suggestions and the plan</translation>
    </message>
    <message>
        <source>You are signed in as %1: the change log records that name.</source>
        <translation>You are signed in as %1: the change log records that name.</translation>
    </message>
    <message>
        <source>User: %1 · %2</source>
        <translation>User: %1 · %2</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>You now work as %1: %2.</source>
        <translation>You now work as %1: %2.</translation>
    </message>
    <message>
        <source>H&amp;ousehold</source>
        <translation>H&amp;ousehold</translation>
    </message>
    <message>
        <source>Le&amp;tter sender…</source>
        <translation>Le&amp;tter sender…</translation>
    </message>
</context>
<context>
    <name>rd::NotitieSectie</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your own remarks about this household, saved with it (Save); every change is kept in the timeline with who made it and when</source>
        <translation>Your own remarks about this household, saved with it (Save); every change is kept in the timeline with who made it and when</translation>
    </message>
    <message>
        <source>Agreements, contact moments, what to remember next time</source>
        <translation>Agreements, contact moments, what to remember next time</translation>
    </message>
    <message>
        <source>No medical data: the COA has no access to the medical file. The note is not exported to the households CSV.</source>
        <translation>No medical data: the COA has no access to the medical file. The note is not exported to the households CSV.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>rd::PanelNavigatie</name>
    <message>
        <source>&amp;Next panel</source>
        <translation>&amp;Next panel</translation>
    </message>
    <message>
        <source>&amp;Previous panel</source>
        <translation>&amp;Previous panel</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel: queue, board, household, alerts</source>
        <translation>Move the keyboard focus to the next panel: queue, board, household, alerts</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Move the keyboard focus to the previous panel</translation>
    </message>
</context>
<context>
    <name>rd::PersonenDelegate</name>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female (vrouw)</source>
        <translation>Female (vrouw)</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
</context>
<context>
    <name>rd::PersonenModel</name>
    <message>
        <source>Reference person</source>
        <translation>Reference person</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-number</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Mother tongue</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Visible physical limitation</source>
        <translation>Visible physical limitation</translation>
    </message>
    <message>
        <source>Follows later</source>
        <translation>Follows later</translation>
    </message>
    <message>
        <source>The household&apos;s reference person; exactly one per household</source>
        <translation>The household&apos;s reference person; exactly one per household</translation>
    </message>
    <message>
        <source>The V-number (vreemdelingennummer) of the IND: 10 digits</source>
        <translation>The V-number (vreemdelingennummer) of the IND: 10 digits</translation>
    </message>
    <message>
        <source>All first names, as on the residence permit</source>
        <translation>All first names, as on the residence permit</translation>
    </message>
    <message>
        <source>The surname, as on the residence permit</source>
        <translation>The surname, as on the residence permit</translation>
    </message>
    <message>
        <source>Date of birth (day-month-year)</source>
        <translation>Date of birth (day-month-year)</translation>
    </message>
    <message>
        <source>M (male), V (female) or X (unspecified)</source>
        <translation>M (male), V (female) or X (unspecified)</translation>
    </message>
    <message>
        <source>Other languages spoken, separated by commas</source>
        <translation>Other languages spoken, separated by commas</translation>
    </message>
    <message>
        <source>Education completed</source>
        <translation>Education completed</translation>
    </message>
    <message>
        <source>Citizen service number, 9 digits; empty until the BRP registration</source>
        <translation>Citizen service number, 9 digits; empty until the BRP registration</translation>
    </message>
    <message>
        <source>Only what is visible, in the person&apos;s own words. No medical details.</source>
        <translation>Only what is visible, in the person&apos;s own words. No medical details.</translation>
    </message>
    <message>
        <source>This family member follows later (family reunification)</source>
        <translation>This family member follows later (family reunification)</translation>
    </message>
</context>
<context>
    <name>rd::PlanDialog</name>
    <message>
        <source>Not in this plan</source>
        <translation>Not in this plan</translation>
    </message>
    <message>
        <source>Plan for the week</source>
        <translation>Plan for the week</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>&amp;Solve</translation>
    </message>
    <message>
        <source>Solve the plan again, keeping the pinned rows (F5)</source>
        <translation>Solve the plan again, keeping the pinned rows (F5)</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Solving…</translation>
    </message>
    <message>
        <source>Plan for the week of %1</source>
        <translation>Plan for the week of %1</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>&amp;Couple accepted rows</source>
        <translation>&amp;Couple accepted rows</translation>
    </message>
    <message>
        <source>Pins changed: solve again (F5) to see their effect.</source>
        <translation>Pins changed: solve again (F5) to see their effect.</translation>
    </message>
    <message>
        <source>The queue or the quota changed: solve again (F5).</source>
        <translation>The queue or the quota changed: solve again (F5).</translation>
    </message>
    <message>
        <source>Choose a region: a plan is made for one region at a time.</source>
        <translation>Choose a region: a plan is made for one region at a time.</translation>
    </message>
    <message>
        <source>%1 of %2 households placed (%3 persons). Objective %4, bound %5: proven optimal.</source>
        <translation>%1 of %2 households placed (%3 persons). Objective %4, bound %5: proven optimal.</translation>
    </message>
    <message>
        <source>%1 of %2 households placed (%3 persons). Objective %4, bound %5, gap %6: not proven optimal within the time limit.</source>
        <translation>%1 of %2 households placed (%3 persons). Objective %4, bound %5, gap %6: not proven optimal within the time limit.</translation>
    </message>
    <message>
        <source>Greedy in queue order: objective %1, %2 placed; spread of the backlogs %3 (plan %4).</source>
        <translation>Greedy in queue order: objective %1, %2 placed; spread of the backlogs %3 (plan %4).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Backlog before</source>
        <translation>Backlog before</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Backlog after</source>
        <translation>Backlog after</translation>
    </message>
    <message>
        <source>No accepted row to couple.</source>
        <translation>No accepted row to couple.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in each household&apos;s history.</source>
        <translation>Give a reason: it is kept in each household&apos;s history.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Nothing was coupled: %1</source>
        <translation>Nothing was coupled: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) coupled as one step; Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>%n household coupled as one step; Edit ▸ Undo takes it back.</numerusform>
            <numerusform>%n households coupled as one step; Edit ▸ Undo takes it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Plan for the week — %1</source>
        <translation>Plan for the week — %1</translation>
    </message>
    <message>
        <source>backlogs</source>
        <translation>backlogs</translation>
    </message>
    <message>
        <source>Plan for the week, backlogs before and after — %1</source>
        <translation>Plan for the week, backlogs before and after — %1</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Print plan…</translation>
    </message>
    <message>
        <source>A print preview of the plan as shown (%1); its context menu also saves it as PDF or CSV</source>
        <translation>A print preview of the plan as shown (%1); its context menu also saves it as PDF or CSV</translation>
    </message>
</context>
<context>
    <name>rd::PlanTabelModel</name>
    <message>
        <source>not placed</source>
        <translation>not placed</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>V-nummer</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Proposed target</source>
        <translation>Proposed target</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>rd::RapportPanel</name>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Make report</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Report period</translation>
    </message>
    <message>
        <source>The half-year the report covers</source>
        <translation>The half-year the report covers</translation>
    </message>
    <message>
        <source>Tolerated backlog</source>
        <translation>Tolerated backlog</translation>
    </message>
    <message>
        <source>Make the report again from the store (Ctrl+Return)</source>
        <translation>Make the report again from the store (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Save the report as CSV that Excel opens (UTF-8, semicolons)</source>
        <translation>Save the report as CSV that Excel opens (UTF-8, semicolons)</translation>
    </message>
    <message>
        <source>Save the report as an A4 PDF with title, parameters and page numbers</source>
        <translation>Save the report as an A4 PDF with title, parameters and page numbers</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Tolerated backlog:</source>
        <translation>&amp;Tolerated backlog:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Report tables</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Report chart</translation>
    </message>
    <message>
        <source>The tolerated backlog must be a fraction such as 1/6 (at most 1).</source>
        <translation>The tolerated backlog must be a fraction such as 1/6 (at most 1).</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <source>This report has no chart.</source>
        <translation>This report has no chart.</translation>
    </message>
    <message>
        <source>The chart shows the first %1 of %2 rows; the table holds all.</source>
        <translation>The chart shows the first %1 of %2 rows; the table holds all.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Export report as CSV</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>The report could not be written.</translation>
    </message>
    <message>
        <source>Notes on the report</source>
        <translation>Notes on the report</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages as the PDF has them, and print them</source>
        <translation>See the report&apos;s pages as the PDF has them, and print them</translation>
    </message>
    <message>
        <source>Supervision figures: the backlog tolerated, as a fraction of the half-year&apos;s quota (e.g. 1/6). Kept in the store.</source>
        <translation>Supervision figures: the backlog tolerated, as a fraction of the half-year&apos;s quota (e.g. 1/6). Kept in the store.</translation>
    </message>
</context>
<context>
    <name>rd::RapportTabelModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total over the whole scope of the report</source>
        <translation>Total over the whole scope of the report</translation>
    </message>
    <message>
        <source>%1 (CSV column %2)</source>
        <translation>%1 (CSV column %2)</translation>
    </message>
</context>
<context>
    <name>rd::RegioBoardModel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The housing stock this municipality offers</source>
        <translation>The housing stock this municipality offers</translation>
    </message>
    <message>
        <source>Partnership: %1</source>
        <translation>Partnership: %1</translation>
    </message>
    <message>
        <source>coordinator %1</source>
        <translation>coordinator %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) ahead of the target on the forecast (voorsprong)</source>
        <translation>
            <numerusform>%Ln person ahead of the target on the forecast (voorsprong)</numerusform>
            <numerusform>%Ln persons ahead of the target on the forecast (voorsprong)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) behind the target on the forecast (achterstand)</source>
        <translation>
            <numerusform>%Ln person behind the target on the forecast (achterstand)</numerusform>
            <numerusform>%Ln persons behind the target on the forecast (achterstand)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exactly on target</source>
        <translation>Exactly on target</translation>
    </message>
    <message numerus="yes">
        <source>%1 realised: below the pace of %2 for the months begun (%Ln short)</source>
        <translation>
            <numerusform>%1 realised: below the pace of %2 for the months begun (%Ln short)</numerusform>
            <numerusform>%1 realised: below the pace of %2 for the months begun (%Ln short)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1/6 of the target per month begun: %n month(s), rounded up. %1</source>
        <translation>
            <numerusform>1/6 of the target per month begun: %n month, rounded up. %1</numerusform>
            <numerusform>1/6 of the target per month begun: %n months, rounded up. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Realised is below this pace.</source>
        <translation>Realised is below this pace.</translation>
    </message>
    <message>
        <source>Realised keeps this pace.</source>
        <translation>Realised keeps this pace.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation>Ahead/behind</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Housing profile</source>
        <translation>Housing profile</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Municipality, or a partnership with its members; drop households on a row to couple them</source>
        <translation>Municipality, or a partnership with its members; drop households on a row to couple them</translation>
    </message>
    <message>
        <source>Target = quota + redistribution − balance previous</source>
        <translation>Target = quota + redistribution − balance previous</translation>
    </message>
    <message>
        <source>Persons housed whose deregistration from the AZC fell in this half-year; ⚠ marks a municipality below the monthly pace</source>
        <translation>Persons housed whose deregistration from the AZC fell in this half-year; ⚠ marks a municipality below the monthly pace</translation>
    </message>
    <message>
        <source>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</source>
        <translation>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</translation>
    </message>
    <message>
        <source>Monthly pace: 1/6 of the target per month of the half-year begun, rounded up</source>
        <translation>Monthly pace: 1/6 of the target per month of the half-year begun, rounded up</translation>
    </message>
    <message>
        <source>The housing stock the municipality offers</source>
        <translation>The housing stock the municipality offers</translation>
    </message>
    <message>
        <source>The partnership the municipality is a member of</source>
        <translation>The partnership the municipality is a member of</translation>
    </message>
    <message>
        <source>Coupled</source>
        <translation>Coupled</translation>
    </message>
    <message>
        <source>Persons coupled and not yet registered out (coupled, not yet housed), on the reference date; the pipeline of handbook 4.4.1, a signed lease, is in the Quota tab</source>
        <translation>Persons coupled and not yet registered out (coupled, not yet housed), on the reference date; the pipeline of handbook 4.4.1, a signed lease, is in the Quota tab</translation>
    </message>
    <message>
        <source>Forecast = realised + coupled: every coupled person will count once housed, so municipalities behind on it get the next households (handbook 3.2)</source>
        <translation>Forecast = realised + coupled: every coupled person will count once housed, so municipalities behind on it get the next households (handbook 3.2)</translation>
    </message>
    <message>
        <source>Drop households here to couple them to this municipality.</source>
        <translation>Drop households here to couple them to this municipality.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln municipality(ies), coordinated by %2 (%3). Drop households here to couple them to the partnership as a whole: the coordinator houses them in one of the members within 12 weeks.</source>
        <translation>
            <numerusform>%1: %Ln municipality(ies), coordinated by %2 (%3). Drop households here to couple them to the partnership as a whole: the coordinator houses them in one of the members within 12 weeks.</numerusform>
            <numerusform>%1: %Ln municipality(ies), coordinated by %2 (%3). Drop households here to couple them to the partnership as a whole: the coordinator houses them in one of the members within 12 weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::RegioBoardPanel</name>
    <message>
        <source>Search the region board</source>
        <translation>Search the region board</translation>
    </message>
    <message>
        <source>Show only the municipalities whose name, CBS code or partnership contains this text; members keep their partnership</source>
        <translation>Show only the municipalities whose name, CBS code or partnership contains this text; members keep their partnership</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Region board: figures per municipality and partnership</source>
        <translation>Region board: figures per municipality and partnership</translation>
    </message>
    <message>
        <source>Drop households from the queue on a municipality or a partnership to couple them; Enter or double-click opens a municipality</source>
        <translation>Drop households from the queue on a municipality or a partnership to couple them; Enter or double-click opens a municipality</translation>
    </message>
    <message>
        <source>&lt;b&gt;No region board for %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;No region board for %1.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>%1: %2 of 6 months begun</source>
        <translation>%1: %2 of 6 months begun</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln municipality</numerusform>
            <numerusform>%Ln municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>pace %1</source>
        <translation>pace %1</translation>
    </message>
    <message>
        <source>realised %1 persons</source>
        <translation>realised %1 persons</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>forecast %1</translation>
    </message>
    <message>
        <source>▲ %1 ahead, ▼ %2 behind</source>
        <translation>▲ %1 ahead, ▼ %2 behind</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>coupled %1</source>
        <translation>coupled %1</translation>
    </message>
    <message>
        <source>coupled on %1</source>
        <translation>coupled on %1</translation>
    </message>
    <message>
        <source>Municipality, code or partnership (Ctrl+Shift+F)</source>
        <translation>Municipality, code or partnership (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>rd::RegioCombo</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Show the municipalities of one COA region, or of all regions</source>
        <translation>Show the municipalities of one COA region, or of all regions</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
</context>
<context>
    <name>rd::RegioGrafieken</name>
    <message>
        <source>Region charts</source>
        <translation>Region charts</translation>
    </message>
    <message>
        <source>Days per &amp;phase</source>
        <translation>Days per &amp;phase</translation>
    </message>
    <message>
        <source>&amp;Realised against target</source>
        <translation>&amp;Realised against target</translation>
    </message>
    <message>
        <source>&amp;Lead time coupling to move</source>
        <translation>&amp;Lead time coupling to move</translation>
    </message>
    <message>
        <source>Mean days of each completed phase per municipality against the norms of 2, 10 and 2 weeks</source>
        <translation>Mean days of each completed phase per municipality against the norms of 2, 10 and 2 weeks</translation>
    </message>
    <message>
        <source>Persons realised against the target per municipality, with what the monthly pace asks by now</source>
        <translation>Persons realised against the target per municipality, with what the monthly pace asks by now</translation>
    </message>
    <message>
        <source>Mean days from coupling to move per month of the move, with the moving average and the 12-week norm</source>
        <translation>Mean days from coupling to move per month of the move, with the moving average and the 12-week norm</translation>
    </message>
    <message>
        <source>No region chosen yet.</source>
        <translation>No region chosen yet.</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Export P&amp;NG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Save this chart as a PNG image</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this chart as an A4 landscape PDF with title, region and date</source>
        <translation>Save this chart as an A4 landscape PDF with title, region and date</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Print this chart (with a preview)</source>
        <translation>Print this chart (with a preview)</translation>
    </message>
    <message>
        <source>The days per phase cannot be computed: %1</source>
        <translation>The days per phase cannot be computed: %1</translation>
    </message>
    <message>
        <source>No phase ended in %1 up to %2 in this region.</source>
        <translation>No phase ended in %1 up to %2 in this region.</translation>
    </message>
    <message>
        <source>The lead time cannot be computed: %1</source>
        <translation>The lead time cannot be computed: %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Half-year %1</source>
        <translation>Half-year %1</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>Date %1</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>Export chart as PDF</source>
        <translation>Export chart as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>Print chart</translation>
    </message>
</context>
<context>
    <name>rd::RegioTijdlijnModel</name>
    <message>
        <source>Not coupled</source>
        <translation>Not coupled</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reference person %1, V-number %2, %n person(s)</source>
        <translation>
            <numerusform>Reference person %1, V-number %2, %n person</numerusform>
            <numerusform>Reference person %1, V-number %2, %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open case(s), %2 overdue</source>
        <translation>
            <numerusform>%1: %n open case, %2 overdue</numerusform>
            <numerusform>%1: %n open cases, %2 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>%1: not begun</source>
        <translation>%1: not begun</translation>
    </message>
    <message numerus="yes">
        <source>%1: since %2, %n day(s) so far</source>
        <translation>
            <numerusform>%1: since %2, %n day so far</numerusform>
            <numerusform>%1: since %2, %n days so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 to %3, %n day(s)</source>
        <translation>
            <numerusform>%1: %2 to %3, %n day</numerusform>
            <numerusform>%1: %2 to %3, %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(norm %n day(s))</source>
        <translation>
            <numerusform>(norm %n day)</numerusform>
            <numerusform>(norm %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>! %n day(s) over the norm</source>
        <translation>
            <numerusform>! %n day over the norm</numerusform>
            <numerusform>! %n days over the norm</numerusform>
        </translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Timeline %1 – %2</source>
        <translation>Timeline %1 – %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>The household&apos;s reference person and V-number; on a group row the municipality</source>
        <translation>The household&apos;s reference person and V-number; on a group row the municipality</translation>
    </message>
    <message>
        <source>The municipality the household is coupled to</source>
        <translation>The municipality the household is coupled to</translation>
    </message>
    <message>
        <source>The phase the case is in: coupling (2 weeks), housing (10 weeks), move (2 weeks)</source>
        <translation>The phase the case is in: coupling (2 weeks), housing (10 weeks), move (2 weeks)</translation>
    </message>
    <message>
        <source>When the current phase is due</source>
        <translation>When the current phase is due</translation>
    </message>
    <message>
        <source>Days left until the current phase is due</source>
        <translation>Days left until the current phase is due</translation>
    </message>
    <message>
        <source>The three phases as bars; the tick marks the end of the norm, hatched parts with ! are over the norm, the vertical line is today</source>
        <translation>The three phases as bars; the tick marks the end of the norm, hatched parts with ! are over the norm, the vertical line is today</translation>
    </message>
</context>
<context>
    <name>rd::RegioTijdlijnPanel</name>
    <message>
        <source>&amp;Group by municipality</source>
        <translation>&amp;Group by municipality</translation>
    </message>
    <message>
        <source>Group the timeline by municipality</source>
        <translation>Group the timeline by municipality</translation>
    </message>
    <message>
        <source>Show the cases under the municipality they are coupled to, the municipality with the earliest due date first</source>
        <translation>Show the cases under the municipality they are coupled to, the municipality with the earliest due date first</translation>
    </message>
    <message>
        <source>Timeline of the open cases of the region</source>
        <translation>Timeline of the open cases of the region</translation>
    </message>
    <message>
        <source>Open cases by their next due date; press Enter to open a case</source>
        <translation>Open cases by their next due date; press Enter to open a case</translation>
    </message>
    <message>
        <source>Legend of the timeline</source>
        <translation>Legend of the timeline</translation>
    </message>
    <message>
        <source>End of the norm</source>
        <translation>End of the norm</translation>
    </message>
    <message>
        <source>Hatched with !: over the norm</source>
        <translation>Hatched with !: over the norm</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>The cases could not be loaded: %1</source>
        <translation>The cases could not be loaded: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupling &amp;letters for the selected cases…</source>
        <translation>Coupling &amp;letters for the selected cases…</translation>
    </message>
    <message>
        <source>The coupling letters of the selected cases, in one batch</source>
        <translation>The coupling letters of the selected cases, in one batch</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>deadlines</translation>
    </message>
    <message>
        <source>Grouped by municipality</source>
        <translation>Grouped by municipality</translation>
    </message>
    <message>
        <source>Deadlines — %1</source>
        <translation>Deadlines — %1</translation>
    </message>
</context>
<context>
    <name>rd::SignalenModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>Due soon: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not coupled</source>
        <translation>not coupled</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>rd::SignalenPanel</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Due within days</source>
        <translation>Due within days</translation>
    </message>
    <message>
        <source>Show what is due within this many days, besides everything already overdue</source>
        <translation>Show what is due within this many days, besides everything already overdue</translation>
    </message>
    <message>
        <source>D&amp;ue within:</source>
        <translation>D&amp;ue within:</translation>
    </message>
    <message>
        <source>Kind of alert</source>
        <translation>Kind of alert</translation>
    </message>
    <message>
        <source>Show only one kind of alert</source>
        <translation>Show only one kind of alert</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Alerts: deadlines due soon or overdue</source>
        <translation>Alerts: deadlines due soon or overdue</translation>
    </message>
    <message>
        <source>Click a row or press Enter to open the case</source>
        <translation>Click a row or press Enter to open the case</translation>
    </message>
    <message>
        <source>No alerts: %1</source>
        <translation>No alerts: %1</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
    </message>
    <message numerus="yes">
        <source>Nothing overdue or due within %n day(s)</source>
        <translation>
            <numerusform>Nothing overdue or due within %n day</numerusform>
            <numerusform>Nothing overdue or due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alerts</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s), and everything overdue</source>
        <translation>
            <numerusform>Due within %n day, and everything overdue</numerusform>
            <numerusform>Due within %n days, and everything overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Alerts — %1</source>
        <translation>Alerts — %1</translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>Reading the alerts…</translation>
    </message>
</context>
<context>
    <name>rd::SuggestiePanel</name>
    <message>
        <source>Suggested gemeenten and partnerships</source>
        <translation>Suggested gemeenten and partnerships</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Gemeente or partnership</source>
        <translation>Gemeente or partnership</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Excluded because</source>
        <translation>Excluded because</translation>
    </message>
    <message>
        <source>No household chosen.</source>
        <translation>No household chosen.</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>No suggestions: %1</translation>
    </message>
    <message>
        <source>%1 × weight %2 = %3</source>
        <translation>%1 × weight %2 = %3</translation>
    </message>
    <message>
        <source>%1 of %2 targets eligible. Weights: %3. A suggestion couples nothing: Enter or a double click opens the coupling with its checks.</source>
        <translation>%1 of %2 targets eligible. Weights: %3. A suggestion couples nothing: Enter or a double click opens the coupling with its checks.</translation>
    </message>
</context>
<context>
    <name>rd::SyncBalk</name>
    <message>
        <source>S&amp;ynchronise with the team server</source>
        <translation>S&amp;ynchronise with the team server</translation>
    </message>
    <message>
        <source>Send this store&apos;s changes to the team server and receive the others&apos;.</source>
        <translation>Send this store&apos;s changes to the team server and receive the others&apos;.</translation>
    </message>
    <message>
        <source>synchronising…</source>
        <translation>synchronising…</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync failed</source>
        <translation>last sync failed</translation>
    </message>
    <message>
        <source>%1 as %2 (device %3)</source>
        <translation>%1 as %2 (device %3)</translation>
    </message>
    <message>
        <source>Synchronised: %1 applied, %2 conflict(s), %3 received.</source>
        <translation>Synchronised: %1 applied, %2 conflict(s), %3 received.</translation>
    </message>
    <message>
        <source>See File ▸ Conflicts with the team server.</source>
        <translation>See File ▸ Conflicts with the team server.</translation>
    </message>
    <message>
        <source>Not synchronised: %1</source>
        <translation>Not synchronised: %1</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>Password at the team server:</source>
        <translation>Password at the team server:</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n unsent</numerusform>
            <numerusform>%n unsent</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts with the team server…</source>
        <translation>&amp;Conflicts with the team server…</translation>
    </message>
    <message>
        <source>The undo list was emptied.</source>
        <translation>The undo list was emptied.</translation>
    </message>
    <message numerus="yes">
        <source>Province figures published: %n report(s).</source>
        <translation>
            <numerusform>Province figures published: %n report.</numerusform>
            <numerusform>Province figures published: %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Province figures received: %n report(s).</source>
        <translation>
            <numerusform>Province figures received: %n report.</numerusform>
            <numerusform>Province figures received: %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published report(s) could not be read by this version; the ones received before are kept.</source>
        <translation>
            <numerusform>%n published report could not be read by this version; the ones received before are kept.</numerusform>
            <numerusform>%n published reports could not be read by this version; the ones received before are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join a team server…</source>
        <translation>&amp;Join a team server…</translation>
    </message>
    <message>
        <source>Share this store with your region&apos;s team through a central server.</source>
        <translation>Share this store with your region&apos;s team through a central server.</translation>
    </message>
    <message>
        <source>Joined the team server as %1; synchronise with Ctrl+Shift+S.</source>
        <translation>Joined the team server as %1; synchronise with Ctrl+Shift+S.</translation>
    </message>
    <message>
        <source>Province figures not published or received this time: %1</source>
        <translation>Province figures not published or received this time: %1</translation>
    </message>
</context>
<context>
    <name>rd::TaakstellingPanel</name>
    <message>
        <source>Search municipality</source>
        <translation>Search municipality</translation>
    </message>
    <message>
        <source>Show only the municipalities whose name or CBS code contains this text</source>
        <translation>Show only the municipalities whose name or CBS code contains this text</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Quota per municipality</source>
        <translation>Quota per municipality</translation>
    </message>
    <message>
        <source>&lt;b&gt;No figures for %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;No figures for %1.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>quota %1 (national vg %2)</source>
        <translation>quota %1 (national vg %2)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>realised %1 persons</source>
        <translation>realised %1 persons</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>forecast %1</translation>
    </message>
    <message>
        <source>▲ %1 ahead, ▼ %2 behind</source>
        <translation>▲ %1 ahead, ▼ %2 behind</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln municipality</numerusform>
            <numerusform>%Ln municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>pipeline (signed) %1</source>
        <translation>pipeline (signed) %1</translation>
    </message>
    <message>
        <source>coupled, not housed %1</source>
        <translation>coupled, not housed %1</translation>
    </message>
    <message>
        <source>pipeline and coupled on %1</source>
        <translation>pipeline and coupled on %1</translation>
    </message>
    <message>
        <source>Municipality name or code (Ctrl+Shift+F)</source>
        <translation>Municipality name or code (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>rd::TaakstellingTableModel</name>
    <message>
        <source>Exactly on target</source>
        <translation>Exactly on target</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation>Redistribution</translation>
    </message>
    <message>
        <source>Balance previous</source>
        <translation>Balance previous</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation>Ahead/behind</translation>
    </message>
    <message>
        <source>CBS municipality code</source>
        <translation>CBS municipality code</translation>
    </message>
    <message>
        <source>Province; it decides the COA region</source>
        <translation>Province; it decides the COA region</translation>
    </message>
    <message>
        <source>Population used for the quota: CBS population on 1 January of the year before the half-year&apos;s year, or the figure the province set (art. 30)</source>
        <translation>Population used for the quota: CBS population on 1 January of the year before the half-year&apos;s year, or the figure the province set (art. 30)</translation>
    </message>
    <message>
        <source>Quota = vg × population ÷ national population, rounded up (art. 28)</source>
        <translation>Quota = vg × population ÷ national population, rounded up (art. 28)</translation>
    </message>
    <message>
        <source>Quota shifted to (+) or from (−) this municipality by agreement between municipalities (art. 29.2)</source>
        <translation>Quota shifted to (+) or from (−) this municipality by agreement between municipalities (art. 29.2)</translation>
    </message>
    <message>
        <source>Balance carried from the previous half-year: + ahead, − behind</source>
        <translation>Balance carried from the previous half-year: + ahead, − behind</translation>
    </message>
    <message>
        <source>Target = quota + redistribution − balance previous</source>
        <translation>Target = quota + redistribution − balance previous</translation>
    </message>
    <message>
        <source>Persons housed whose deregistration from the AZC fell in this half-year (first housing only)</source>
        <translation>Persons housed whose deregistration from the AZC fell in this half-year (first housing only)</translation>
    </message>
    <message>
        <source>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</source>
        <translation>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) ahead of the target (voorsprong)</source>
        <translation>
            <numerusform>%Ln person ahead of the target (voorsprong)</numerusform>
            <numerusform>%Ln persons ahead of the target (voorsprong)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) behind the target (achterstand)</source>
        <translation>
            <numerusform>%Ln person behind the target (achterstand)</numerusform>
            <numerusform>%Ln persons behind the target (achterstand)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of which %Ln resettled, B-9 or amv (they count without a coupling)</source>
        <translation>
            <numerusform>%1, of which %Ln resettled, B-9 or amv (they count without a coupling)</numerusform>
            <numerusform>%1, of which %Ln resettled, B-9 or amv (they count without a coupling)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline (signed)</source>
        <translation>Pipeline (signed)</translation>
    </message>
    <message>
        <source>Coupled, not housed</source>
        <translation>Coupled, not housed</translation>
    </message>
    <message>
        <source>Pipeline (pijplijn productie, handbook 4.4.1): persons housed but not yet registered out by the COA, a lease signed or known as self-housed, on the reference date</source>
        <translation>Pipeline (pijplijn productie, handbook 4.4.1): persons housed but not yet registered out by the COA, a lease signed or known as self-housed, on the reference date</translation>
    </message>
    <message>
        <source>Persons coupled and not yet registered out, on the reference date, whether a dwelling was found or not</source>
        <translation>Persons coupled and not yet registered out, on the reference date, whether a dwelling was found or not</translation>
    </message>
    <message>
        <source>Forecast = realised + coupled, not housed: every coupled person will count once housed (handbook 3.2)</source>
        <translation>Forecast = realised + coupled, not housed: every coupled person will count once housed (handbook 3.2)</translation>
    </message>
</context>
<context>
    <name>rd::TermijnWerk</name>
    <message>
        <source>Computing the figures for %1…</source>
        <translation>Computing the figures for %1…</translation>
    </message>
</context>
<context>
    <name>rd::TijdlijnModel</name>
    <message>
        <source>Derived from the coupling and the BSNs; not edited here</source>
        <translation>Derived from the coupling and the BSNs; not edited here</translation>
    </message>
    <message>
        <source>An event row: select it and use Remove event to take it out</source>
        <translation>An event row: select it and use Remove event to take it out</translation>
    </message>
    <message>
        <source>A date of the case: change it with Set date</source>
        <translation>A date of the case: change it with Set date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note changed by %1 on %2:
%3</source>
        <translation>Note changed by %1 on %2:
%3</translation>
    </message>
</context>
<context>
    <name>rd::TijdlijnPanel</name>
    <message>
        <source>Timeline of the case</source>
        <translation>Timeline of the case</translation>
    </message>
    <message>
        <source>Set &amp;date…</source>
        <translation>Set &amp;date…</translation>
    </message>
    <message>
        <source>Set or clear BRP registration, lease signed, lease start, move or uitschrijving</source>
        <translation>Set or clear BRP registration, lease signed, lease start, move or uitschrijving</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Add event…</translation>
    </message>
    <message>
        <source>Add a vergunninghoudergesprek or a dwelling offered</source>
        <translation>Add a vergunninghoudergesprek or a dwelling offered</translation>
    </message>
    <message>
        <source>Re&amp;move event</source>
        <translation>Re&amp;move event</translation>
    </message>
    <message>
        <source>Remove the selected vergunninghoudergesprek or dwelling offer</source>
        <translation>Remove the selected vergunninghoudergesprek or dwelling offer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refusals of a dwelling&lt;/b&gt;</source>
        <translation>&lt;b&gt;Refusals of a dwelling&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refusals of a dwelling</source>
        <translation>Refusals of a dwelling</translation>
    </message>
    <message>
        <source>Register &amp;refusal…</source>
        <translation>Register &amp;refusal…</translation>
    </message>
    <message>
        <source>A no-show on the signing date or a refusal on site</source>
        <translation>A no-show on the signing date or a refusal on site</translation>
    </message>
    <message>
        <source>&amp;Judge refusal…</source>
        <translation>&amp;Judge refusal…</translation>
    </message>
    <message>
        <source>The COA judgement of the selected open refusal (due in 14 days)</source>
        <translation>The COA judgement of the selected open refusal (due in 14 days)</translation>
    </message>
    <message>
        <source>New &amp;candidate…</source>
        <translation>New &amp;candidate…</translation>
    </message>
    <message>
        <source>No household chosen.</source>
        <translation>No household chosen.</translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation>The timeline cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s); not coupled.</source>
        <translation>
            <numerusform>%n event; not coupled.</numerusform>
            <numerusform>%n events; not coupled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s); coupled to %1.</source>
        <translation>
            <numerusform>%n event; coupled to %1.</numerusform>
            <numerusform>%n events; coupled to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new candidate coupled for the dwelling of the selected justified refusal, or of the refusal that stopped mediation (due in 2 weeks)</source>
        <translation>A new candidate coupled for the dwelling of the selected justified refusal, or of the refusal that stopped mediation (due in 2 weeks)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mediation stopped on %1:&lt;/b&gt; the household refused a dwelling again after an unjustified refusal (handbook 3.4.2); its coupling ended. It cannot be coupled again.</source>
        <translation>&lt;b&gt;Mediation stopped on %1:&lt;/b&gt; the household refused a dwelling again after an unjustified refusal (handbook 3.4.2); its coupling ended. It cannot be coupled again.</translation>
    </message>
</context>
<context>
    <name>rd::VerbindDialog</name>
    <message>
        <source>Join a team server</source>
        <translation>Join a team server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>This store&apos;s changes from now on are sent to the team server, and your colleagues&apos; changes come in, each time you synchronise. Your account at the server decides what you may change and receive. The address and login come from your IT department.</source>
        <translation>This store&apos;s changes from now on are sent to the team server, and your colleagues&apos; changes come in, each time you synchronise. Your account at the server decides what you may change and receive. The address and login come from your IT department.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Login: the name of your account at the team server</source>
        <translation>Login: the name of your account at the team server</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Connection error</translation>
    </message>
</context>
<context>
    <name>rd::WachtrijModel</name>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due in %1 days or less</source>
        <translation>Due in %1 days or less</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>more than 8 persons</source>
        <translation>more than 8 persons</translation>
    </message>
    <message>
        <source>reunification block</source>
        <translation>reunification block</translation>
    </message>
    <message>
        <source>placement criterion</source>
        <translation>placement criterion</translation>
    </message>
    <message>
        <source>family members to follow</source>
        <translation>family members to follow</translation>
    </message>
    <message numerus="yes">
        <source>Coupling was due on %1 (14 days after the permit): %n day(s) overdue</source>
        <translation>
            <numerusform>Coupling was due on %1 (14 days after the permit): %n day overdue</numerusform>
            <numerusform>Coupling was due on %1 (14 days after the permit): %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Coupling is due today, %1 (14 days after the permit)</source>
        <translation>Coupling is due today, %1 (14 days after the permit)</translation>
    </message>
    <message numerus="yes">
        <source>Coupling is due on %1 (14 days after the permit): %n day(s) left</source>
        <translation>
            <numerusform>Coupling is due on %1 (14 days after the permit): %n day left</numerusform>
            <numerusform>Coupling is due on %1 (14 days after the permit): %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference person %1, V-number %2</source>
        <translation>Reference person %1, V-number %2</translation>
    </message>
    <message>
        <source>No AZC location recorded</source>
        <translation>No AZC location recorded</translation>
    </message>
    <message>
        <source>AZC location %1</source>
        <translation>AZC location %1</translation>
    </message>
    <message>
        <source>More than 8 persons: a special group that needs specific housing</source>
        <translation>More than 8 persons: a special group that needs specific housing</translation>
    </message>
    <message>
        <source>Family reunification: placement is blocked for 3 months</source>
        <translation>Family reunification: placement is blocked for 3 months</translation>
    </message>
    <message>
        <source>At least one mandatory placement criterion ties the household to a place</source>
        <translation>At least one mandatory placement criterion ties the household to a place</translation>
    </message>
    <message numerus="yes">
        <source>%n family member(s) expected to follow</source>
        <translation>
            <numerusform>%n family member expected to follow</numerusform>
            <numerusform>%n family members expected to follow</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference person</source>
        <translation>Reference person</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-number</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Overdue, or due within %1 days, for the coupling (phase 1)</source>
        <translation>Overdue, or due within %1 days, for the coupling (phase 1)</translation>
    </message>
    <message>
        <source>The household&apos;s reference person</source>
        <translation>The household&apos;s reference person</translation>
    </message>
    <message>
        <source>The reference person&apos;s V-number</source>
        <translation>The reference person&apos;s V-number</translation>
    </message>
    <message>
        <source>Persons in the household: adults (18 or older) and children</source>
        <translation>Persons in the household: adults (18 or older) and children</translation>
    </message>
    <message>
        <source>The AZC location where the household lives</source>
        <translation>The AZC location where the household lives</translation>
    </message>
    <message>
        <source>Days left until the coupling is due, 14 days after the permit</source>
        <translation>Days left until the coupling is due, 14 days after the permit</translation>
    </message>
    <message>
        <source>Special cases to weigh when coupling</source>
        <translation>Special cases to weigh when coupling</translation>
    </message>
    <message>
        <source>Blocked until %1</source>
        <translation>Blocked until %1</translation>
    </message>
    <message>
        <source>very specific housing</source>
        <translation>very specific housing</translation>
    </message>
    <message>
        <source>Placement is blocked for family reunification until %1; from then the household is to be coupled within 14 days (by %2)</source>
        <translation>Placement is blocked for family reunification until %1; from then the household is to be coupled within 14 days (by %2)</translation>
    </message>
    <message>
        <source>Needs very specific housing because of a limitation: a special group (handbook 3.3.4)</source>
        <translation>Needs very specific housing because of a limitation: a special group (handbook 3.3.4)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the household: %1, %2</source>
        <translation>
            <numerusform>%n person in the household: %1, %2</numerusform>
            <numerusform>%n persons in the household: %1, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::WachtrijPanel</name>
    <message>
        <source>Search name, V-number or BSN</source>
        <translation>Search name, V-number or BSN</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <source>Show only households where a member&apos;s name, V-number or BSN contains every word typed; accents and case do not matter</source>
        <translation>Show only households where a member&apos;s name, V-number or BSN contains every word typed; accents and case do not matter</translation>
    </message>
    <message>
        <source>AZC location filter</source>
        <translation>AZC location filter</translation>
    </message>
    <message>
        <source>Show only households living at this AZC location</source>
        <translation>Show only households living at this AZC location</translation>
    </message>
    <message>
        <source>All AZC locations</source>
        <translation>All AZC locations</translation>
    </message>
    <message>
        <source>Household size filter</source>
        <translation>Household size filter</translation>
    </message>
    <message>
        <source>Show only households of this size</source>
        <translation>Show only households of this size</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>All sizes</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>2 to 4 persons</source>
        <translation>2 to 4 persons</translation>
    </message>
    <message>
        <source>5 to 8 persons</source>
        <translation>5 to 8 persons</translation>
    </message>
    <message>
        <source>More than 8 persons</source>
        <translation>More than 8 persons</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Flag filter</translation>
    </message>
    <message>
        <source>Show only households with this flag</source>
        <translation>Show only households with this flag</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>Any flags</translation>
    </message>
    <message>
        <source>Reunification block</source>
        <translation>Reunification block</translation>
    </message>
    <message>
        <source>Placement criterion</source>
        <translation>Placement criterion</translation>
    </message>
    <message>
        <source>Family members to follow</source>
        <translation>Family members to follow</translation>
    </message>
    <message>
        <source>Phase status filter</source>
        <translation>Phase status filter</translation>
    </message>
    <message>
        <source>Show only households whose coupling is overdue, due soon or on time</source>
        <translation>Show only households whose coupling is overdue, due soon or on time</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due in %1 days or less</source>
        <translation>Due in %1 days or less</translation>
    </message>
    <message>
        <source>More than %1 days left</source>
        <translation>More than %1 days left</translation>
    </message>
    <message>
        <source>Households awaiting coupling</source>
        <translation>Households awaiting coupling</translation>
    </message>
    <message>
        <source>Drag one or more households onto a municipality to couple them; Enter opens one</source>
        <translation>Drag one or more households onto a municipality to couple them; Enter opens one</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;AZC:</source>
        <translation>&amp;AZC:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>F&amp;lag:</source>
        <translation>F&amp;lag:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>%1 of %2 households</translation>
    </message>
    <message>
        <source>Very specific housing</source>
        <translation>Very specific housing</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>Queue — %1</source>
        <translation>Queue — %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No filter: every household awaiting coupling</source>
        <translation>No filter: every household awaiting coupling</translation>
    </message>
</context>
<context>
    <name>rd::WachtwoordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>The password of %1 on this store. The new one has at least %2 characters; you sign in with it from now on.</source>
        <translation>The password of %1 on this store. The new one has at least %2 characters; you sign in with it from now on.</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Password error</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>the two new passwords differ; nothing changed</source>
        <translation>the two new passwords differ; nothing changed</translation>
    </message>
</context>
<context>
    <name>rd::WeigeringenModel</name>
    <message>
        <source>Overdue: judgement was due %1</source>
        <translation>Overdue: judgement was due %1</translation>
    </message>
    <message>
        <source>Open: judge by %1</source>
        <translation>Open: judge by %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Coupled on %1</source>
        <translation>Coupled on %1</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Overdue: was due %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Due by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Days the refusal delayed the case: to the next lease signed, or to today</source>
        <translation>Days the refusal delayed the case: to the next lease signed, or to today</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>%1; mediation stopped</source>
        <translation>%1; mediation stopped</translation>
    </message>
    <message>
        <source>Lost rent the gemeente claims for the dwelling, in euro</source>
        <translation>Lost rent the gemeente claims for the dwelling, in euro</translation>
    </message>
    <message>
        <source>Lost rent (€)</source>
        <translation>Lost rent (€)</translation>
    </message>
</context>
<context>
    <name>rd::WerkPanel</name>
    <message>
        <source>Region &amp;board</source>
        <translation>Region &amp;board</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Quota</translation>
    </message>
    <message>
        <source>Choose a household in the queue to see its intake data, or start a new one with Household → New household (Ctrl+N).</source>
        <translation>Choose a household in the queue to see its intake data, or start a new one with Household → New household (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>Coupling &amp;history</source>
        <translation>Coupling &amp;history</translation>
    </message>
    <message>
        <source>No store is open. Choose File → Open store… or File → New store…</source>
        <translation>No store is open. Choose File → Open store… or File → New store…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Household saved.</source>
        <translation>Household saved.</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Phases</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
    <message>
        <source>Household shown</source>
        <translation>Household shown</translation>
    </message>
    <message>
        <source>Computing the figures for %1…</source>
        <translation>Computing the figures for %1…</translation>
    </message>
    <message>
        <source>%1 — waiting, but not in the queue as shown (another region or a filter)</source>
        <translation>%1 — waiting, but not in the queue as shown (another region or a filter)</translation>
    </message>
    <message>
        <source>%1 — not in the deadlines of the region shown</source>
        <translation>%1 — not in the deadlines of the region shown</translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>No household chosen</translation>
    </message>
    <message>
        <source>New household (not saved yet)</source>
        <translation>New household (not saved yet)</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>S&amp;uggestions</translation>
    </message>
</context>
</TS>
