#include "core/demo/DemoNamen.h"

#include <initializer_list>

namespace rd::demo {

namespace {

QStringList lijst(std::initializer_list<const char *> items)
{
    QStringList result;
    result.reserve(qsizetype(items.size()));
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

QList<Herkomst> maakHerkomsten()
{
    QList<Herkomst> h;
    h.append(
        {QString::fromUtf8("Syrië"),
         330,
         lijst({"Arabisch", "Koerdisch (Kurmanji)"}),
         {800, 200},
         lijst({"Engels", "Turks"}),
         lijst({"Ahmad", "Mohammed", "Khaled",  "Omar",    "Yousef", "Hassan", "Ali",   "Samer",
                "Rami",  "Fadi",     "Tarek",   "Mahmoud", "Walid",  "Ziad",   "Nizar", "Anas",
                "Majd",  "Hamza",    "Ibrahim", "Jwan",    "Shiyar", "Rezan"}),
         lijst({"Fatima", "Noor", "Rania",  "Huda",  "Lina",    "Rasha",  "Amal",  "Dima",
                "Hala",   "Reem", "Yasmin", "Aya",   "Sara",    "Maryam", "Salma", "Layla",
                "Hiba",   "Ruba", "Asma",   "Rojin", "Berivan", "Nesrin"}),
         lijst({"Al-Hassan", "Haddad", "Khalil",     "Mansour", "Nasser",  "Saleh",
                "Darwish",   "Hamdan", "Qassem",     "Sabbagh", "Khoury",  "Halabi",
                "Jaber",     "Attar",  "Shami",      "Zein",    "Barakat", "Aziz",
                "Rahal",     "Hijazi", "Sheikhmous", "Osso"})});
    h.append({QStringLiteral("Eritrea"),
              120,
              lijst({"Tigrinya", "Tigre"}),
              {850, 150},
              lijst({"Arabisch", "Amhaars", "Engels"}),
              lijst({"Tesfay", "Yonas", "Dawit", "Mehari", "Filmon", "Samuel", "Habtom", "Mussie",
                     "Kibrom", "Berhane", "Tekle", "Robel", "Semere", "Yohannes", "Amanuel"}),
              lijst({"Selam", "Helen", "Senait", "Luwam", "Meron", "Saba", "Rahel", "Feven", "Eden",
                     "Winta", "Hiwet", "Mebrat", "Tsega", "Yordanos", "Lidia"}),
              lijst({"Tesfamariam", "Ghebremedhin", "Habte", "Weldemichael", "Kidane", "Berhe",
                     "Tewelde", "Gebrehiwet", "Abraha", "Mehretab", "Asmerom", "Tekeste", "Yemane",
                     "Haile", "Negash"})});
    h.append(
        {QStringLiteral("Turkije"),
         120,
         lijst({"Turks", "Koerdisch (Kurmanji)"}),
         {600, 400},
         lijst({"Engels", "Duits"}),
         lijst({"Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Yusuf", "Murat", "Serkan", "Hakan",
                "Kemal", "Baran", "Deniz", "Cem", "Eren", "Ömer"}),
         lijst({"Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Merve", "Derya", "Esra", "Gül",
                "Hatice", "Sibel", "Berfin", "Rojda", "Dilan", "Özlem"}),
         lijst({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
                "Doğan", "Kılıç", "Aslan", "Koç", "Kurt", "Polat", "Tekin", "Erdem", "Güneş"})});
    h.append({QStringLiteral("Jemen"),
              80,
              lijst({"Arabisch"}),
              {1000},
              lijst({"Engels"}),
              lijst({"Abdullah", "Saleh", "Mohammed", "Nabil", "Fuad", "Adel", "Hisham", "Ammar",
                     "Waleed", "Khalid", "Tawfiq", "Murad"}),
              lijst({"Amani", "Fatima", "Nadia", "Samira", "Arwa", "Bushra", "Hanan", "Sumaya",
                     "Afrah", "Ibtisam", "Ghadeer", "Wafaa"}),
              lijst({"Al-Amri", "Al-Hakimi", "Al-Sanabani", "Ba-Wazir", "Al-Maqtari", "Al-Absi",
                     "Al-Haddad", "Qaid", "Al-Shami", "Noman", "Al-Wesabi", "Ghaleb"})});
    h.append({QStringLiteral("Afghanistan"),
              80,
              lijst({"Dari", "Pasjtoe"}),
              {650, 350},
              lijst({"Engels", "Urdu", "Farsi"}),
              lijst({"Ahmad", "Mohammad", "Farid", "Hamid", "Jawad", "Karim", "Mustafa", "Naveed",
                     "Rahim", "Sayed", "Wahid", "Zabih", "Bilal", "Habib"}),
              lijst({"Fatima", "Fereshta", "Habiba", "Khadija", "Mariam", "Nargis", "Parwana",
                     "Shabnam", "Sima", "Zahra", "Zainab", "Mahbooba", "Roya", "Laila"}),
              lijst({"Ahmadi", "Rahimi", "Hashimi", "Karimi", "Sultani", "Noori", "Haidari",
                     "Popal", "Safi", "Wardak", "Amiri", "Jalali", "Hakimi", "Samadi"})});
    h.append({QString::fromUtf8("Somalië"),
              50,
              lijst({"Somalisch"}),
              {1000},
              lijst({"Arabisch", "Engels"}),
              lijst({"Abdi", "Abdirahman", "Ahmed", "Hassan", "Mohamed", "Omar", "Yusuf", "Ali",
                     "Farah", "Mahad", "Abdullahi", "Ismail"}),
              lijst({"Amina", "Asha", "Fadumo", "Hodan", "Ifrah", "Khadra", "Maryan", "Nimco",
                     "Sahra", "Ubah", "Hawa", "Ayan"}),
              lijst({"Abdi", "Ahmed", "Farah", "Hassan", "Osman", "Warsame", "Jama", "Hersi",
                     "Dahir", "Egal", "Nur", "Elmi"})});
    h.append({QStringLiteral("Iran"),
              40,
              lijst({"Farsi", "Koerdisch (Sorani)"}),
              {850, 150},
              lijst({"Engels", "Azerbeidzjaans"}),
              lijst({"Reza", "Ali", "Amir", "Mehdi", "Hossein", "Saeed", "Babak", "Kaveh", "Arash",
                     "Dariush", "Farhad", "Hamed"}),
              lijst({"Maryam", "Zahra", "Fatemeh", "Narges", "Leila", "Shirin", "Mahsa", "Parisa",
                     "Roya", "Sara", "Nasrin", "Azadeh"}),
              lijst({"Hosseini", "Ahmadi", "Mohammadi", "Rezaei", "Karimi", "Moradi", "Jafari",
                     "Rahimi", "Sadeghi", "Ebrahimi", "Tehrani", "Kazemi"})});
    h.append({QStringLiteral("Irak"),
              40,
              lijst({"Arabisch", "Koerdisch (Sorani)"}),
              {650, 350},
              lijst({"Engels", "Turks"}),
              lijst({"Ali", "Hussein", "Mustafa", "Haider", "Ahmed", "Karrar", "Zaid", "Omar",
                     "Salah", "Dilshad", "Karwan", "Rebwar"}),
              lijst({"Zainab", "Noor", "Fatima", "Maryam", "Ruqaya", "Shahad", "Hawraa", "Dina",
                     "Shilan", "Nasrin", "Avin", "Zhino"}),
              lijst({"Al-Jubouri", "Al-Obaidi", "Al-Saadi", "Al-Tamimi", "Kareem", "Hamad",
                     "Rashid", "Ameen", "Salih", "Qadir", "Rasul", "Aziz"})});
    h.append({QStringLiteral("Soedan"),
              40,
              lijst({"Arabisch"}),
              {1000},
              lijst({"Engels"}),
              lijst({"Mohamed", "Ahmed", "Osman", "Abdelrahman", "Hamid", "Yasir", "Mujahid",
                     "Elfatih", "Musa", "Adam", "Ibrahim", "Ismail"}),
              lijst({"Fatima", "Amna", "Hawa", "Sara", "Mariam", "Tasneem", "Rayan", "Samah",
                     "Nada", "Hiba", "Ikhlas", "Salma"}),
              lijst({"Osman", "Ahmed", "Abdalla", "Elamin", "Babiker", "Hamid", "Ibrahim", "Yousif",
                     "Mohamed", "Elhassan", "Adam", "Abakar"})});
    h.append({QString::fromUtf8("Ethiopië"),
              30,
              lijst({"Amhaars", "Oromo"}),
              {600, 400},
              lijst({"Engels", "Tigrinya"}),
              lijst({"Abebe", "Dawit", "Getachew", "Kebede", "Mulugeta", "Tadesse", "Yohannes",
                     "Bekele", "Tesfaye", "Girma", "Solomon", "Henok"}),
              lijst({"Almaz", "Aster", "Meseret", "Tigist", "Hirut", "Selamawit", "Bethlehem",
                     "Genet", "Mekdes", "Tsehay", "Hana", "Eyerusalem"}),
              lijst({"Tadesse", "Bekele", "Girma", "Alemu", "Tesfaye", "Haile", "Mekonnen", "Wolde",
                     "Desta", "Kebede", "Assefa", "Gebre"})});
    h.append({QStringLiteral("Staatloos"),
              70,
              lijst({"Arabisch"}),
              {1000},
              lijst({"Engels", "Koerdisch (Kurmanji)"}),
              lijst({"Khaled", "Mahmoud", "Samir", "Nidal", "Jamal", "Issa", "Fadi", "Munir",
                     "Tamer", "Wael", "Basel", "Ayman"}),
              lijst({"Rima", "Suha", "Lana", "Dalia", "Manal", "Rana", "Mais", "Ghada", "Jumana",
                     "Wafa", "Nisreen", "Abeer"}),
              lijst({"Abu Salem", "Odeh", "Hamdan", "Zaqout", "Shaheen", "Awad", "Qasem", "Nassar",
                     "Hamouda", "Saadeh", "Khatib", "Mousa"})});
    return h;
}

} // namespace

const QList<Herkomst> &herkomsten()
{
    static const QList<Herkomst> all = maakHerkomsten();
    return all;
}

const QStringList &opleidingen()
{
    static const QStringList all =
        lijst({"geen formele opleiding", "basisschool", "middelbare school, niet afgerond",
               "middelbare school", "middelbare school", "mbo-2 techniek", "mbo-2 logistiek",
               "mbo-3 zorg", "vakopleiding elektricien", "vakopleiding kapper", "hbo verpleegkunde",
               "hbo bedrijfskunde", "lerarenopleiding", "universiteit, rechten",
               "universiteit, werktuigbouwkunde", "universiteit, informatica",
               "universiteit, farmacie", "universiteit, economie (niet afgerond)"});
    return all;
}

const QStringList &beroepen()
{
    static const QStringList all = lijst({"bakker",
                                          "kapper",
                                          "vrachtwagenchauffeur",
                                          "timmerman",
                                          "lasser",
                                          "elektricien",
                                          "kok",
                                          "kleermaker",
                                          "akkerbouwer",
                                          "automonteur",
                                          "verkoper",
                                          "leraar",
                                          "verpleegkundige",
                                          "boekhouder",
                                          "schilder",
                                          "metselaar",
                                          "tolk",
                                          "IT-beheerder",
                                          "apotheker",
                                          "schoonmaker",
                                          "magazijnmedewerker",
                                          "ingenieur",
                                          "taxichauffeur",
                                          "visser",
                                          "naaister",
                                          "loodgieter",
                                          "slager",
                                          "administratief medewerker"});
    return all;
}

const QStringList &opleidingswensen()
{
    static const QStringList all =
        lijst({"eerst taalles Nederlands", "mbo-opleiding techniek", "diploma laten waarderen",
               "hbo-opleiding afmaken", "opleiding tot chauffeur", "zorgopleiding", "inburgering",
               "geen wens genoemd"});
    return all;
}

const QStringList &werkwensen()
{
    static const QStringList all =
        lijst({"werk in de bouw", "eigen bedrijf", "werk in de zorg", "logistiek", "horeca",
               "techniek", "werk in eigen vak", "nog geen wens", "schoonmaak", "landbouw"});
    return all;
}

const QStringList &beperkingen()
{
    static const QStringList all = lijst({"gebruikt een rolstoel", "loopt met krukken",
                                          "slechtziend", "slechthorend", "kan geen trappen lopen"});
    return all;
}

const QStringList &koppelRedenen()
{
    static const QStringList all =
        lijst({"gelijkmatige spreiding over de regio", "achterstand op de taakstelling",
               "passend woningaanbod", "aansluiting bij opleiding en werkervaring",
               "woningaanbod voor deze gezinsgrootte"});
    return all;
}

} // namespace rd::demo
