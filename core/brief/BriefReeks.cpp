#include "core/brief/BriefReeks.h"

#include "core/brief/BriefBatch.h"
#include "core/brief/BriefCommand.h"
#include "core/brief/BriefOpmaak.h"
#include "core/brief/BriefService.h"
#include "core/brief/BriefSjabloon.h"
#include "core/brief/BriefTaal.h"
#include "core/brief/SjabloonMeta.h"
#include "core/output/OutputFile.h"
#include "core/output/OutputPath.h"
#include "core/pdf/PaginaSchrijver.h"
#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextDocument>

#include <optional>

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

struct Klaar
{
    BriefGegevens gegevens;
    QString taal;
    QString naam; // PerHuishouden: the file in the batch folder
    QString doel; // PerHuishouden: the target (absolute)
};

// PerHuishouden: every target may be written (output::check); an existing one only with
// `force`, else all existing ones are named in one refusal.
Status controleerDoelen(const QList<Klaar> &klaar, const QString &map, bool force)
{
    QStringList bestaand;
    for (const Klaar &k : klaar) {
        auto doel = output::check(k.doel, true);
        if (!doel)
            return doel.error();
        if (!force && QFileInfo::exists(*doel))
            bestaand << QFileInfo(k.doel).fileName();
    }
    if (bestaand.isEmpty())
        return {};
    return Error{
        map, QCoreApplication::translate("BriefReeks",
                                         "%n letter file(s) exist already; give --force to replace "
                                         "them: %1",
                                         nullptr, int(bestaand.size()))
                 .arg(bestaand.join(QStringLiteral(", ")))};
}

} // namespace

Status BriefReeks::herstel(const QString &map)
{
    return BriefBatch::herstel(m_store, map);
}

Result<BriefUitkomst> BriefReeks::maak(const BriefOpdracht &opdracht,
                                       const std::function<bool(int, int)> &voortgang,
                                       const QDate &vandaag)
{
    // The templates by language: the forced one, or Dutch and those the households need.
    QHash<QString, BriefSjabloon> sjablonen;
    const QString eerste = opdracht.eigenTaal ? QStringLiteral("nl") : opdracht.taal;
    const auto laadSjabloon = [&sjablonen](const QString &taal) -> Status {
        if (sjablonen.contains(taal))
            return {};
        auto sjabloon = briefsjabloon::laad(taal);
        if (!sjabloon)
            return sjabloon.error();
        sjablonen.insert(taal, *sjabloon);
        return {};
    };
    if (auto s = laadSjabloon(eerste); !s)
        return s.error();
    const bool perHuishouden = opdracht.uitvoer == BriefOpdracht::Uitvoer::PerHuishouden;
    const bool geheugen = opdracht.uitvoer == BriefOpdracht::Uitvoer::InGeheugen;
    if (!geheugen && opdracht.doel.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("BriefReeks", "output"),
            QCoreApplication::translate("BriefReeks", "no file or folder to write the letters to")};

    // The folder the files end up in (the batch folder goes beside them, so that rename(2)
    // stays on one file system): checked before anything is written.
    QString map;
    if (perHuishouden) {
        if (auto s = output::makeFolder(opdracht.doel); !s)
            return s.error();
        map = output::resolve(opdracht.doel);
        if (map.isEmpty() || !QFileInfo(map).isDir())
            return Error{opdracht.doel,
                         QCoreApplication::translate("BriefReeks", "the folder does not exist")};
    } else if (!geheugen) {
        auto doel = output::check(opdracht.doel, opdracht.force);
        if (!doel)
            return doel.error();
        map = QFileInfo(*doel).absolutePath();
    }
    // What an earlier run left behind is finished first; its problems do not stop this batch
    // (they are reported again by the next herstel()).
    (void)herstel(map);

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
    // The data of every letter first: the targets are known (and checked) before any PDF.
    // Per household its letters (none: refused), Dutch or the forced language first.
    QList<QList<Klaar>> perId;
    QList<Klaar> klaar;
    for (qint64 id : std::as_const(huishoudens)) {
        auto g = service.gegevens(id, datum, vandaag);
        if (!g) {
            const QString vNummer = referentVNummer(m_store, id);
            uitkomst.geweigerd.append(
                {vNummer.isEmpty() ? QString::number(id) : vNummer, g.error().toString()});
            perId.append(QList<Klaar>());
            continue;
        }
        for (const Error &w : std::as_const(g->waarschuwingen))
            uitkomst.gewaarschuwd.append({g->referent().vNummer, w.message});
        QStringList talen{eerste};
        if (opdracht.eigenTaal) {
            auto eigen = brieftaal::vanHuishouden(m_store, id);
            if (!eigen)
                return eigen.error();
            if (eigen->sjabloon.isEmpty()) {
                uitkomst.alleenNederlands.append({g->referent().vNummer, eigen->opgegeven});
            } else {
                if (auto s = laadSjabloon(eigen->sjabloon); !s)
                    return s.error();
                talen << eigen->sjabloon;
            }
        }
        QList<Klaar> eigenBrieven;
        for (const QString &taal : std::as_const(talen)) {
            Klaar k{*g, taal, QStringLiteral("%1.pdf").arg(klaar.size()), {}};
            if (perHuishouden)
                k.doel = QDir(QFileInfo(opdracht.doel).absoluteFilePath())
                             .filePath(QStringLiteral("koppelingsbrief-%1-%2.pdf")
                                           .arg(g->referent().vNummer, taal));
            eigenBrieven.append(k);
            klaar.append(k);
        }
        perId.append(eigenBrieven);
    }
    if (klaar.isEmpty())
        return uitkomst; // every household refused: no file, nothing recorded
    if (perHuishouden) {
        if (auto s = controleerDoelen(klaar, opdracht.doel, opdracht.force); !s)
            return s.error();
    }

    const int totaal = int(huishoudens.size());
    int gedaan = 0;
    const auto volgende = [&]() {
        ++gedaan;
        return !voortgang || voortgang(gedaan, totaal);
    };
    const auto afgebroken = [&uitkomst]() {
        uitkomst.afgebroken = true;
        uitkomst.geweigerd.clear();
        uitkomst.gewaarschuwd.clear();
        uitkomst.alleenNederlands.clear();
        return uitkomst;
    };
    const QString titel = sjabloonmeta::titel(sjablonen.value(eerste).html);
    const auto teken = [&](PaginaSchrijver &p, const Klaar &k) {
        return briefopmaak::teken(p, sjablonen[k.taal], k.gegevens, opdracht.afschrift);
    };
    // All letters in one PDF on `apparaat`; false from voortgang stops it as "cancelled".
    bool gestopt = false;
    const auto alleBrieven = [&](QIODevice &apparaat) {
        return pdf::schrijf(apparaat, titel, [&](PaginaSchrijver &p) -> Status {
            for (const auto &brieven : std::as_const(perId)) {
                for (const Klaar &k : brieven) {
                    if (auto s = teken(p, k); !s)
                        return s;
                }
                if (!volgende()) {
                    gestopt = true;
                    return Error{QCoreApplication::translate("BriefReeks", "letters"),
                                 QCoreApplication::translate("BriefReeks", "cancelled")};
                }
            }
            return {};
        });
    };

    QList<UitgegevenBrief> brieven;
    for (const Klaar &k : std::as_const(klaar)) {
        UitgegevenBrief b;
        b.huishoudenId = k.gegevens.huishoudenId;
        b.koppelingId = k.gegevens.koppelingId;
        b.datum = datum;
        b.taal = k.taal;
        b.versie = sjablonen.value(k.taal).versie;
        b.door = m_store.gebruiker();
        brieven.append(b);
    }

    if (geheugen) {
        QBuffer buffer(&uitkomst.pdf);
        buffer.open(QIODevice::WriteOnly);
        const Status s = alleBrieven(buffer);
        if (gestopt) {
            uitkomst.pdf.clear();
            return afgebroken();
        }
        if (!s)
            return s.error();
        BriefCommand stap(m_store, brieven, vandaag);
        if (const Status s = stap.voerUit(); !s)
            return s.error();
        uitkomst.brieven = int(brieven.size());
        return uitkomst;
    }

    // 1. The hidden batch folder beside the targets, locked while this batch runs.
    BriefBatch batch(m_store);
    if (auto s = batch.begin(map); !s)
        return s.error();
    // 2. The PDFs into it.
    QList<BriefBatch::Zet> zetten;
    if (perHuishouden) {
        for (const auto &brieven : std::as_const(perId)) {
            for (const Klaar &k : brieven) {
                const QString kTitel = sjabloonmeta::titel(sjablonen.value(k.taal).html);
                auto s = pdf::schrijf(batch.bestand(k.naam), false, kTitel,
                                      [&](PaginaSchrijver &p) { return teken(p, k); });
                if (!s) {
                    batch.verwerp();
                    return s.error();
                }
                zetten.append({k.naam, k.doel});
            }
            if (!volgende()) {
                batch.verwerp();
                return afgebroken();
            }
        }
    } else {
        const QString naam = QStringLiteral("brieven.pdf");
        OutputFile bestand(batch.bestand(naam), false);
        Status s = bestand.open(QIODevice::WriteOnly) ? alleBrieven(bestand) : bestand.error();
        if (s)
            s = bestand.commit();
        if (gestopt || !s) {
            bestand.cancel();
            batch.verwerp();
            if (gestopt)
                return afgebroken();
            return s.error();
        }
        zetten.append({naam, QFileInfo(opdracht.doel).absoluteFilePath()});
    }
    // 3. The manifest, 4. the letters and the pending moves recorded in one transaction.
    if (auto s = batch.schrijfManifest(); !s) {
        batch.verwerp();
        return s.error();
    }
    auto ids = batch.legVast(brieven, zetten, opdracht.force, vandaag);
    if (!ids) {
        batch.verwerp();
        return ids.error();
    }
    // 5. Recorded: the files go into place; 6. the record and the folder go.
    auto neergezet = batch.zetNeer();
    if (!neergezet)
        return neergezet.error();
    (void)batch.rondAf(); // when this fails the next herstel() removes what is left
    uitkomst.brieven = int(brieven.size());
    uitkomst.bestanden = *neergezet;
    return uitkomst;
}

} // namespace rd
