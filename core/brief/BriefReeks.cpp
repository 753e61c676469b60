#include "brief/BriefReeks.h"

#include "brief/BriefOpmaak.h"
#include "brief/BriefService.h"
#include "brief/BriefSjabloon.h"
#include "brief/SjabloonMeta.h"
#include "pdf/PaginaSchrijver.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>

namespace rd {

namespace {

QString referentVNummer(Store &store, qint64 huishoudenId)
{
    auto v = sql::scalar(store.database(),
                         QStringLiteral("SELECT v_nummer FROM persoon WHERE huishouden = ? AND "
                                        "referent = 1"),
                         {huishoudenId});
    return v && !v->isNull() ? v->toString() : QString();
}

// Moves a finished file into place, replacing what was there (rename(2) is atomic on the
// same filesystem, which is why the temporaries live in the target folder).
Status zetNeer(const QString &van, const QString &naar)
{
    if (std::rename(QFile::encodeName(van).constData(), QFile::encodeName(naar).constData()) != 0)
        return Error{naar, QCoreApplication::translate(
                               "BriefReeks", "the finished file could not be put in place")};
    return {};
}

struct Klaar
{
    BriefGegevens gegevens;
    QString tijdelijk; // PerHuishouden: the written temporary file
    QString doel;
};

} // namespace

Result<BriefUitkomst> BriefReeks::maak(const BriefOpdracht &opdracht,
                                       const std::function<bool(int, int)> &voortgang,
                                       const QDate &vandaag)
{
    auto sjabloon = briefsjabloon::laad(opdracht.taal);
    if (!sjabloon)
        return sjabloon.error();
    if (opdracht.doel.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("BriefReeks", "output"),
            QCoreApplication::translate("BriefReeks", "no file or folder to write the letters to")};
    const bool perHuishouden = opdracht.uitvoer == BriefOpdracht::Uitvoer::PerHuishouden;
    const QString map = perHuishouden ? QFileInfo(opdracht.doel).absoluteFilePath()
                                      : QFileInfo(opdracht.doel).absolutePath();
    if (perHuishouden && !QDir().mkpath(map))
        return Error{opdracht.doel,
                     QCoreApplication::translate("BriefReeks", "the folder could not be created")};
    if (!QFileInfo(map).isDir())
        return Error{opdracht.doel,
                     QCoreApplication::translate("BriefReeks", "the folder does not exist")};
    // Temporaries beside the targets: removed with this object whatever happens.
    QTemporaryDir tijdelijk(QDir(map).filePath(QStringLiteral(".regiedesk-brieven-XXXXXX")));
    if (!tijdelijk.isValid())
        return Error{map, QCoreApplication::translate("BriefReeks",
                                                      "no temporary files can be written here: %1")
                              .arg(tijdelijk.errorString())};

    const QDate datum = opdracht.datum.isValid() ? opdracht.datum : vandaag;
    // A household listed twice gets one letter.
    QList<qint64> huishoudens;
    QSet<qint64> gezien;
    for (qint64 id : opdracht.huishoudens) {
        if (!gezien.contains(id)) {
            gezien.insert(id);
            huishoudens.append(id);
        }
    }
    BriefService service(m_store);
    BriefUitkomst uitkomst;
    QList<Klaar> klaar;
    const int totaal = int(huishoudens.size());
    int gedaan = 0;
    const auto volgende = [&]() {
        ++gedaan;
        return !voortgang || voortgang(gedaan, totaal);
    };
    const auto gegevensVan = [&](qint64 id) -> std::optional<BriefGegevens> {
        auto g = service.gegevens(id, datum, vandaag);
        if (g)
            return *g;
        const QString vNummer = referentVNummer(m_store, id);
        uitkomst.geweigerd.append(
            {vNummer.isEmpty() ? QString::number(id) : vNummer, g.error().toString()});
        return std::nullopt;
    };

    if (perHuishouden) {
        for (qint64 id : std::as_const(huishoudens)) {
            if (auto g = gegevensVan(id)) {
                Klaar k{*g, tijdelijk.filePath(QStringLiteral("%1.pdf").arg(klaar.size())), {}};
                k.doel = QDir(map).filePath(QStringLiteral("koppelingsbrief-%1-%2.pdf")
                                                .arg(g->referent().vNummer, sjabloon->taal));
                const QString titel = sjabloonmeta::titel(sjabloon->html);
                auto s = pdf::schrijf(k.tijdelijk, titel, [&](PaginaSchrijver &p) {
                    return briefopmaak::teken(p, *sjabloon, k.gegevens, opdracht.afschrift);
                });
                if (!s)
                    return s.error();
                klaar.append(k);
            }
            if (!volgende()) {
                uitkomst.afgebroken = true;
                uitkomst.geweigerd.clear();
                return uitkomst;
            }
        }
    } else {
        const QString deel = tijdelijk.filePath(QStringLiteral("brieven.pdf"));
        bool afgebroken = false;
        bool niemand = false;
        auto s = pdf::schrijf(deel, sjabloonmeta::titel(sjabloon->html), [&](PaginaSchrijver &p) {
            for (qint64 id : std::as_const(huishoudens)) {
                if (auto g = gegevensVan(id)) {
                    if (auto st = briefopmaak::teken(p, *sjabloon, *g, opdracht.afschrift); !st)
                        return st;
                    klaar.append({*g, {}, {}});
                }
                if (!volgende()) {
                    afgebroken = true;
                    return Status(Error{QCoreApplication::translate("BriefReeks", "letters"),
                                        QCoreApplication::translate("BriefReeks", "cancelled")});
                }
            }
            if (klaar.isEmpty()) {
                niemand = true; // every household refused: no empty PDF
                return Status(Error{
                    QCoreApplication::translate("BriefReeks", "letters"),
                    QCoreApplication::translate("BriefReeks", "no household could get a letter")});
            }
            return Status();
        });
        if (afgebroken) {
            uitkomst.afgebroken = true;
            uitkomst.geweigerd.clear();
            return uitkomst;
        }
        if (niemand)
            return uitkomst;
        if (!s)
            return s.error();
        if (!klaar.isEmpty()) {
            klaar.first().tijdelijk = deel;
            klaar.first().doel = QFileInfo(opdracht.doel).absoluteFilePath();
        }
    }
    if (klaar.isEmpty())
        return uitkomst;

    QList<UitgegevenBrief> brieven;
    for (const Klaar &k : std::as_const(klaar)) {
        UitgegevenBrief b;
        b.huishoudenId = k.gegevens.huishoudenId;
        b.koppelingId = k.gegevens.koppelingId;
        b.datum = datum;
        b.taal = sjabloon->taal;
        b.versie = sjabloon->versie;
        b.door = m_store.gebruiker();
        brieven.append(b);
    }
    // Recorded and put in place together: a file that cannot be moved undoes the records.
    QStringList neergezet;
    auto status = m_store.transaction([&]() -> Status {
        auto ids = service.legVast(brieven, vandaag);
        if (!ids)
            return ids.error();
        for (const Klaar &k : std::as_const(klaar)) {
            if (k.tijdelijk.isEmpty())
                continue;
            if (auto s = zetNeer(k.tijdelijk, k.doel); !s)
                return s;
            neergezet.append(k.doel);
        }
        return {};
    });
    if (!status) {
        for (const QString &pad : std::as_const(neergezet))
            QFile::remove(pad);
        return status.error();
    }
    uitkomst.brieven = int(brieven.size());
    uitkomst.bestanden = neergezet;
    return uitkomst;
}

} // namespace rd
