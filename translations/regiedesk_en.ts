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
        <source>--gemeente "%1" is not a gemeente code (GM and four digits)</source>
        <translation>--gemeente "%1" is not a gemeente code (GM and four digits)</translation>
    </message>
    <message>
        <source>--format "%1" is not csv or table</source>
        <translation>--format "%1" is not csv or table</translation>
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
        <source>unexpected argument "%1"</source>
        <translation>unexpected argument "%1"</translation>
    </message>
    <message>
        <source>Try 'regiedesk-cli %1 --help'.</source>
        <translation>Try 'regiedesk-cli %1 --help'.</translation>
    </message>
    <message>
        <source>%1 "%2" is not a half-year such as 2025-H1</source>
        <translation>%1 "%2" is not a half-year such as 2025-H1</translation>
    </message>
    <message>
        <source>%1 "%2" is not a whole number of zero or more</source>
        <translation>%1 "%2" is not a whole number of zero or more</translation>
    </message>
    <message>
        <source>%1 "%2" is not a date such as 2025-03-31</source>
        <translation>%1 "%2" is not a date such as 2025-03-31</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a region (1 to %3)</source>
        <translation>--%1 "%2" is not a region (1 to %3)</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>the option --%1 is required</translation>
    </message>
    <message>
        <source>does not exist; create it with 'regiedesk-cli --db %1 init'</source>
        <translation>does not exist; create it with 'regiedesk-cli --db %1 init'</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>its folder cannot be created</translation>
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
        <source>Couple a household to a gemeente.</source>
        <translation>Couple a household to a gemeente.</translation>
    </message>
    <message>
        <source>End a household's coupling.</source>
        <translation>End a household's coupling.</translation>
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
        <source>V-NUMMER "%1" is not a V-nummer (ten digits)</source>
        <translation>V-NUMMER "%1" is not a V-nummer (ten digits)</translation>
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
        <source>The gemeente, such as GM0363.</source>
        <translation>The gemeente, such as GM0363.</translation>
    </message>
    <message>
        <source>GM-CODE "%1" is not a gemeente code (GM and four digits)</source>
        <translation>GM-CODE "%1" is not a gemeente code (GM and four digits)</translation>
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
        <source>--year "%1" is not a year such as 2024</source>
        <translation>--year "%1" is not a year such as 2024</translation>
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
        <source>Quota %1: vg %2, national population %3 (1 January %4), pipeline on %5</source>
        <translation>Quota %1: vg %2, national population %3 (1 January %4), pipeline on %5</translation>
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
        <source>Pipeline</source>
        <translation>Pipeline</translation>
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
        <source>Total (%1 gemeenten)</source>
        <translation>Total (%1 gemeenten)</translation>
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
        <source>--seed "%1" is too large (at most %2)</source>
        <translation>--seed "%1" is too large (at most %2)</translation>
    </message>
    <message>
        <source>--households "%1" is too large (at most 1000000)</source>
        <translation>--households "%1" is too large (at most 1000000)</translation>
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
        <source>Run 'regiedesk-cli COMMAND --help' for the arguments of a command.
Exit codes: 0 done, 1 refused (bad file, refused action, store cannot be opened), 2 wrong command line.</source>
        <translation>Run 'regiedesk-cli COMMAND --help' for the arguments of a command.
Exit codes: 0 done, 1 refused (bad file, refused action, store cannot be opened), 2 wrong command line.</translation>
    </message>
    <message>
        <source>Try 'regiedesk-cli --help'.</source>
        <translation>Try 'regiedesk-cli --help'.</translation>
    </message>
    <message>
        <source>--lang "%1" is not nl or en</source>
        <translation>--lang "%1" is not nl or en</translation>
    </message>
    <message>
        <source>Regiedesk on the command line: the store, quota and couplings.</source>
        <translation>Regiedesk on the command line: the store, quota and couplings.</translation>
    </message>
    <message>
        <source>The store FILE (default: the window's store, %1).</source>
        <translation>The store FILE (default: the window's store, %1).</translation>
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
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
    <message>
        <source>Number of households to invent (20000).</source>
        <translation>Number of households to invent (20000).</translation>
    </message>
    <message>
        <source>Note: %1 started on %2; a herverdeling should be registered before the half-year starts.</source>
        <translation>Note: %1 started on %2; a herverdeling should be registered before the half-year starts.</translation>
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
        <source>a quoted field is not closed (a '"' is missing)</source>
        <translation>a quoted field is not closed (a '"' is missing)</translation>
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
        <source>the required column "%1" is missing</source>
        <translation>the required column "%1" is missing</translation>
    </message>
    <message>
        <source>the household key (the reference person's V-number) is empty</source>
        <translation>the household key (the reference person's V-number) is empty</translation>
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
        <source>"%1" is not a date written as YYYY-MM-DD</source>
        <translation>"%1" is not a date written as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>"%1" must be 1 (yes) or 0 (no)</source>
        <translation>"%1" must be 1 (yes) or 0 (no)</translation>
    </message>
    <message>
        <source>gemeente %1 is not known in this store</source>
        <translation>gemeente %1 is not known in this store</translation>
    </message>
    <message>
        <source>"%1" is not a category (regulier, hervestiging, b9 or amv)</source>
        <translation>"%1" is not a category (regulier, hervestiging, b9 or amv)</translation>
    </message>
    <message>
        <source>AZC location "%1" is not known in this store</source>
        <translation>AZC location "%1" is not known in this store</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of zero or more</source>
        <translation>"%1" is not a whole number of zero or more</translation>
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
        <source>cannot be written: %1</source>
        <translation>cannot be written: %1</translation>
    </message>
    <message>
        <source>the criterion must start with familie, behandeling, opleiding or werk</source>
        <translation>the criterion must start with familie, behandeling, opleiding or werk</translation>
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
        <source>"%1" is not a gemeente code (GM and four digits)</source>
        <translation>"%1" is not a gemeente code (GM and four digits)</translation>
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
        <source>the criterion "%1" is given twice</source>
        <translation>the criterion "%1" is given twice</translation>
    </message>
    <message>
        <source>a placement criterion must name the gemeente or place it ties the household to</source>
        <translation>a placement criterion must name the gemeente or place it ties the household to</translation>
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
        <source>"%1" is not a gemeente code (GM and four digits)</source>
        <translation>"%1" is not a gemeente code (GM and four digits)</translation>
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
        <source>the population "%1" of %2 is not a whole number of zero or more (digits only, no separators)</source>
        <translation>the population "%1" of %2 is not a whole number of zero or more (digits only, no separators)</translation>
    </message>
    <message>
        <source>holds no gemeente rows</source>
        <translation>holds no gemeente rows</translation>
    </message>
</context>
<context>
    <name>KoppelCommando</name>
    <message>
        <source>Couple to %1</source>
        <translation>Couple to %1</translation>
    </message>
    <message>
        <source>undone (%1)</source>
        <translation>undone (%1)</translation>
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
        <source>The mandatory placement criterion "%1" ties the household to %2, not to %3.</source>
        <translation>The mandatory placement criterion "%1" ties the household to %2, not to %3.</translation>
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
        <translation><numerusform>%1 is ahead on its forecast by %2 persons while %n other gemeente in the region is behind; most behind: %3</numerusform><numerusform>%1 is ahead on its forecast by %2 persons while %n other gemeenten in the region are behind; most behind: %3</numerusform></translation>
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
</context>
<context>
    <name>QuotaService</name>
    <message numerus="yes">
        <source>the population of 1 January %1 is missing for %n gemeente(n) (%2); import it with import-population</source>
        <translation><numerusform>the population of 1 January %1 is missing for %n gemeente (%2); import it with import-population</numerusform><numerusform>the population of 1 January %1 is missing for %n gemeenten (%2); import it with import-population</numerusform></translation>
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
        <source>is not a Regiedesk store (not an SQLite database file)</source>
        <translation>is not a Regiedesk store (not an SQLite database file)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>cannot be opened: %1</translation>
    </message>
    <message>
        <source>is damaged and cannot be read: %1</source>
        <translation>is damaged and cannot be read: %1</translation>
    </message>
    <message>
        <source>is damaged and cannot be read</source>
        <translation>is damaged and cannot be read</translation>
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
        <source>is damaged: %1. The file was not changed; restore a backup copy.</source>
        <translation>is damaged: %1. The file was not changed; restore a backup copy.</translation>
    </message>
    <message>
        <source>is damaged (%1). The file was not changed; restore a backup copy.</source>
        <translation>is damaged (%1). The file was not changed; restore a backup copy.</translation>
    </message>
    <message>
        <source>cannot be opened for a backup: %1</source>
        <translation>cannot be opened for a backup: %1</translation>
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
        <source>is not a file</source>
        <translation>is not a file</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>its folder cannot be created</translation>
    </message>
    <message>
        <source>was written by an older version of Regiedesk; open it once for writing to upgrade it</source>
        <translation>was written by an older version of Regiedesk; open it once for writing to upgrade it</translation>
    </message>
    <message>
        <source>cannot be configured: %1</source>
        <translation>cannot be configured: %1</translation>
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
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>the change could not be saved: %1</translation>
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
        <source>The new language takes effect when you restart Regiedesk.</source>
        <translation>The new language takes effect when you restart Regiedesk.</translation>
    </message>
    <message>
        <source>Half-&amp;year:</source>
        <translation>Half-&amp;year:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation><numerusform>%Ln municipality</numerusform><numerusform>%Ln municipalities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation><numerusform>%Ln household</numerusform><numerusform>%Ln households</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s)</source>
        <translation><numerusform>%Ln open case</numerusform><numerusform>%Ln open cases</numerusform></translation>
    </message>
</context>
<context>
    <name>rd::QuotaPanel</name>
    <message>
        <source>Municipality name or code (Ctrl+F)</source>
        <translation>Municipality name or code (Ctrl+F)</translation>
    </message>
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
        <source>pipeline %1</source>
        <translation>pipeline %1</translation>
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
        <source>pipeline on %1</source>
        <translation>pipeline on %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation><numerusform>%Ln municipality</numerusform><numerusform>%Ln municipalities</numerusform></translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No vg (the national number of status holders to house) has been set for %1, so its quotas cannot be computed yet.</source>
        <translation>No vg (the national number of status holders to house) has been set for %1, so its quotas cannot be computed yet.</translation>
    </message>
</context>
<context>
    <name>rd::QuotaTableModel</name>
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
        <source>Pipeline</source>
        <translation>Pipeline</translation>
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
        <source>Population used for the quota: CBS population on 1 January of the year before the half-year's year, or the figure the province set (art. 30)</source>
        <translation>Population used for the quota: CBS population on 1 January of the year before the half-year's year, or the figure the province set (art. 30)</translation>
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
        <source>Persons coupled and not yet moved, on the reference date</source>
        <translation>Persons coupled and not yet moved, on the reference date</translation>
    </message>
    <message>
        <source>Forecast = realised + pipeline</source>
        <translation>Forecast = realised + pipeline</translation>
    </message>
    <message>
        <source>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</source>
        <translation>Forecast − target: ▲ ahead (voorsprong), ▼ behind (achterstand)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) ahead of the target (voorsprong)</source>
        <translation><numerusform>%Ln person ahead of the target (voorsprong)</numerusform><numerusform>%Ln persons ahead of the target (voorsprong)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) behind the target (achterstand)</source>
        <translation><numerusform>%Ln person behind the target (achterstand)</numerusform><numerusform>%Ln persons behind the target (achterstand)</numerusform></translation>
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
</TS>
