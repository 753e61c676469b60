#include "AckLedger.h"

#include "core/store/Sql.h"

#include <QMultiHash>
#include <QSet>

#include <algorithm>

namespace rd::crash {

namespace {

enum class Presence
{
    Present,
    Absent,
    Wrong
};

struct Koppelrij
{
    qint64 huishouden = 0;
    QString gemeente;
};

struct Herverdelingrij
{
    QString halfJaar;
    QList<HerverdelingRegel> regels;
};

// The rows the scenario's steps wrote, by reason.
struct CrashRows
{
    QMultiHash<QString, Koppelrij> gekoppeld;
    QMultiHash<QString, qint64> ontkoppeld;
    QHash<qint64, QString> herverdelingReden;
    QHash<qint64, Herverdelingrij> herverdelingen;
};

Result<CrashRows> readCrashRows(const QSqlDatabase &db)
{
    CrashRows rows;
    auto k = sql::run(db, QStringLiteral("SELECT reden, huishouden, gemeente FROM koppeling "
                                         "WHERE reden LIKE 'crash-%'"));
    if (!k)
        return k.error();
    while (k->next())
        rows.gekoppeld.insert(k->value(0).toString(),
                              {k->value(1).toLongLong(), k->value(2).toString()});
    auto o = sql::run(db, QStringLiteral("SELECT ontkoppel_reden, huishouden FROM koppeling "
                                         "WHERE ontkoppel_reden LIKE 'crash-%'"));
    if (!o)
        return o.error();
    while (o->next())
        rows.ontkoppeld.insert(o->value(0).toString(), o->value(1).toLongLong());
    auto h = sql::run(db, QStringLiteral("SELECT h.id, h.reden, h.halfjaar, r.gemeente, r.delta "
                                         "FROM herverdeling h LEFT JOIN herverdeling_regel r "
                                         "ON r.herverdeling = h.id WHERE h.reden LIKE 'crash-%'"));
    if (!h)
        return h.error();
    while (h->next()) {
        const qint64 id = h->value(0).toLongLong();
        rows.herverdelingReden.insert(id, h->value(1).toString());
        auto &rij = rows.herverdelingen[id];
        rij.halfJaar = h->value(2).toString();
        if (!h->value(3).isNull())
            rij.regels.append({h->value(3).toString(), h->value(4).toLongLong()});
    }
    return rows;
}

bool zelfdeRegels(QList<HerverdelingRegel> a, QList<HerverdelingRegel> b)
{
    const auto opCode = [](const HerverdelingRegel &x, const HerverdelingRegel &y) {
        return x.gemeenteCode < y.gemeenteCode;
    };
    std::sort(a.begin(), a.end(), opCode);
    std::sort(b.begin(), b.end(), opCode);
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).gemeenteCode != b.at(i).gemeenteCode || a.at(i).delta != b.at(i).delta)
            return false;
    }
    return true;
}

QString vNummer(qint64 v)
{
    return QString::number(v).rightJustified(10, QLatin1Char('0'));
}

} // namespace

Status AckLedger::readBaseline(const QSqlDatabase &db)
{
    m_baseline.clear();
    m_gewicht.clear();
    auto q = sql::run(
        db, QStringLiteral(
                "SELECT h.id, coalesce((SELECT k.gemeente FROM koppeling k WHERE k.huishouden = "
                "h.id AND k.ontkoppeld_op IS NULL), ''), CASE WHEN h.eerste_huisvesting = 1 AND "
                "h.uitschrijving_datum IS NULL THEN (SELECT count(*) FROM persoon p WHERE "
                "p.huishouden = h.id) ELSE 0 END FROM huishouden h"));
    if (!q)
        return q.error();
    while (q->next()) {
        m_baseline.insert(q->value(0).toLongLong(), q->value(1).toString());
        m_gewicht.insert(q->value(0).toLongLong(), q->value(2).toLongLong());
    }
    return {};
}

void AckLedger::expectImport(const QString &bestand, const ImportExpectation &expectation)
{
    m_imports.insert(bestand, expectation);
}

void AckLedger::addChildOutput(const QStringList &lines, const QString &halfJaar)
{
    QHash<int, qsizetype> index; // step number -> position in m_steps
    for (const QString &line : lines) {
        const QStringList w = line.split(QLatin1Char(' '));
        if (w.size() < 2)
            continue;
        const int n = w.at(1).toInt();
        if (w.at(0) == QLatin1String("fail") && n == 0) {
            m_openFailures << line.mid(7);
            continue;
        }
        if (w.at(0) == QLatin1String("do") && w.size() >= 3) {
            Step step;
            const QString soort = w.at(2);
            if (soort == QLatin1String("couple") && w.size() == 6) {
                step.kind = Step::Kind::Couple;
                step.huishouden = w.at(3).toLongLong();
                step.gemeente = w.at(4);
                step.reden = w.at(5);
            } else if (soort == QLatin1String("uncouple") && w.size() == 5) {
                step.kind = Step::Kind::Uncouple;
                step.huishouden = w.at(3).toLongLong();
                step.reden = w.at(4);
            } else if (soort == QLatin1String("herverdeling") && w.size() >= 5) {
                step.kind = Step::Kind::Herverdeling;
                step.reden = w.at(3);
                step.halfJaar = halfJaar;
                for (qsizetype i = 4; i < w.size(); ++i) {
                    const QStringList delen = w.at(i).split(QLatin1Char('='));
                    step.regels.append({delen.value(0), delen.value(1).toLongLong()});
                }
            } else if (soort == QLatin1String("import") && w.size() == 4) {
                step.kind = Step::Kind::Import;
                step.bestand = w.at(3);
            } else {
                m_openFailures << QStringLiteral("unreadable line from the child: %1").arg(line);
                continue;
            }
            index.insert(n, m_steps.size());
            m_steps.append(step);
        } else if (w.at(0) == QLatin1String("ack") && index.contains(n)) {
            m_steps[index.value(n)].state = Step::State::Acked;
        } else if (w.at(0) == QLatin1String("fail") && index.contains(n)) {
            auto &step = m_steps[index.value(n)];
            step.state = Step::State::Failed;
            step.melding = line.section(QLatin1Char(' '), 2);
        }
    }
}

QStringList AckLedger::verify(const QSqlDatabase &db)
{
    QStringList problems = m_openFailures;
    m_openFailures.clear();
    const auto rows = readCrashRows(db);
    if (!rows)
        return problems << rows.error().toString();
    QSet<QString> geclaimd;

    for (Step &step : m_steps) {
        Presence presence = Presence::Absent;
        QString hoe;
        switch (step.kind) {
        case Step::Kind::Couple: {
            const auto gevonden = rows->gekoppeld.values(step.reden);
            if (gevonden.size() == 1 && gevonden.first().huishouden == step.huishouden &&
                gevonden.first().gemeente == step.gemeente)
                presence = Presence::Present;
            else if (!gevonden.isEmpty()) {
                presence = Presence::Wrong;
                hoe = QStringLiteral("%1 coupling row(s) with this reason, not the one asked for")
                          .arg(gevonden.size());
            }
            break;
        }
        case Step::Kind::Uncouple: {
            const auto gevonden = rows->ontkoppeld.values(step.reden);
            if (gevonden.size() == 1 && gevonden.first() == step.huishouden)
                presence = Presence::Present;
            else if (!gevonden.isEmpty()) {
                presence = Presence::Wrong;
                hoe = QStringLiteral("%1 uncoupling(s) with this reason").arg(gevonden.size());
            }
            break;
        }
        case Step::Kind::Herverdeling: {
            const QList<qint64> ids = rows->herverdelingReden.keys(step.reden);
            if (ids.size() == 1) {
                const auto &rij = rows->herverdelingen.value(ids.first());
                presence = rij.halfJaar == step.halfJaar && zelfdeRegels(rij.regels, step.regels)
                               ? Presence::Present
                               : Presence::Wrong;
                hoe = QStringLiteral("herverdeling %1 holds %2 line(s) of %3")
                          .arg(QString::number(ids.first()), QString::number(rij.regels.size()),
                               QString::number(step.regels.size()));
            } else if (ids.size() > 1) {
                presence = Presence::Wrong;
                hoe = QStringLiteral("%1 herverdelingen with this reason").arg(ids.size());
            }
            break;
        }
        case Step::Kind::Import: {
            const auto verwacht = m_imports.value(step.bestand);
            auto q = sql::run(db,
                              QStringLiteral("SELECT count(*), count(DISTINCT huishouden) FROM "
                                             "persoon WHERE v_nummer BETWEEN ? AND ?"),
                              {vNummer(verwacht.eersteVNummer), vNummer(verwacht.laatsteVNummer)});
            if (!q || !q->next())
                return problems << QStringLiteral("counting the imported persons failed");
            const int personen = q->value(0).toInt();
            const int huishoudens = q->value(1).toInt();
            if (personen == verwacht.personen && huishoudens == verwacht.huishoudens)
                presence = Presence::Present;
            else if (personen != 0 || huishoudens != 0) {
                presence = Presence::Wrong;
                hoe = QStringLiteral("%1 of %2 persons, %3 of %4 households: not all or nothing")
                          .arg(QString::number(personen), QString::number(verwacht.personen),
                               QString::number(huishoudens), QString::number(verwacht.huishoudens));
            }
            break;
        }
        }
        geclaimd.insert(step.reden);
        if (presence == Presence::Wrong) {
            problems << QStringLiteral("%1: %2").arg(step.describe(), hoe);
            continue;
        }
        const bool present = presence == Presence::Present;
        switch (step.state) {
        case Step::State::Begun:
            step.state = present ? Step::State::Committed : Step::State::Lost;
            break;
        case Step::State::Acked:
        case Step::State::Committed:
            if (!present)
                problems << QStringLiteral("%1: acknowledged after its commit but missing from "
                                           "the store")
                                .arg(step.describe());
            break;
        case Step::State::Lost:
        case Step::State::Failed:
            if (present)
                problems << QStringLiteral("%1: %2, yet it is in the store")
                                .arg(step.describe(), step.state == Step::State::Failed
                                                          ? QStringLiteral("refused")
                                                          : QStringLiteral("lost at a kill"));
            break;
        }
    }

    // Nothing else: no row with a crash reason that no step asked for.
    QStringList vreemd;
    for (const QString &reden :
         rows->gekoppeld.keys() + rows->ontkoppeld.keys() + rows->herverdelingReden.values()) {
        if (!geclaimd.contains(reden))
            vreemd << reden;
    }
    if (!vreemd.isEmpty())
        problems << QStringLiteral("rows no step wrote: %1").arg(vreemd.mid(0, 5).join(", "));

    // The active couplings equal the replay of the committed steps on the baseline.
    auto actief = sql::run(
        db,
        QStringLiteral("SELECT huishouden, gemeente FROM koppeling WHERE ontkoppeld_op IS NULL"));
    if (!actief)
        return problems << actief.error().toString();
    QHash<qint64, QString> inStore;
    while (actief->next())
        inStore.insert(actief->value(0).toLongLong(), actief->value(1).toString());
    const auto verwacht = replay();
    QStringList anders;
    for (auto it = verwacht.cbegin(); it != verwacht.cend(); ++it) {
        if (inStore.value(it.key()) != it.value())
            anders << QStringLiteral("%1: %2 instead of %3")
                          .arg(QString::number(it.key()), inStore.value(it.key(), "none"),
                               it.value().isEmpty() ? QStringLiteral("none") : it.value());
    }
    for (auto it = inStore.cbegin(); it != inStore.cend(); ++it) {
        if (!verwacht.contains(it.key()) && !m_baseline.isEmpty())
            anders << QStringLiteral("%1: coupled to %2 by no step")
                          .arg(QString::number(it.key()), it.value());
    }
    if (!anders.isEmpty())
        problems << QStringLiteral("%1 household(s) with another active coupling than the "
                                   "acknowledged steps give: %2")
                        .arg(QString::number(anders.size()), anders.mid(0, 5).join("; "));
    return problems;
}

QHash<qint64, QString> AckLedger::replay() const
{
    QHash<qint64, QString> actief = m_baseline;
    for (const Step &step : m_steps) {
        if (!step.inStore())
            continue;
        if (step.kind == Step::Kind::Couple)
            actief[step.huishouden] = step.gemeente;
        else if (step.kind == Step::Kind::Uncouple)
            actief[step.huishouden] = QString();
    }
    return actief;
}

QHash<QString, qint64> AckLedger::pipelineDelta() const
{
    QHash<QString, qint64> delta;
    const auto nu = replay();
    for (auto it = nu.cbegin(); it != nu.cend(); ++it) {
        const QString voor = m_baseline.value(it.key());
        if (voor == it.value())
            continue;
        const qint64 gewicht = m_gewicht.value(it.key());
        if (!voor.isEmpty())
            delta[voor] -= gewicht;
        if (!it.value().isEmpty())
            delta[it.value()] += gewicht;
    }
    return delta;
}

QHash<QString, qint64> AckLedger::herverdelingDelta(const QString &halfJaar) const
{
    QHash<QString, qint64> delta;
    for (const Step &step : m_steps) {
        if (step.kind != Step::Kind::Herverdeling || !step.inStore() || step.halfJaar != halfJaar)
            continue;
        for (const auto &regel : step.regels)
            delta[regel.gemeenteCode] += regel.delta;
    }
    return delta;
}

QString AckLedger::actief(qint64 huishouden) const
{
    return replay().value(huishouden);
}

int AckLedger::count(Step::State state) const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(),
                             [state](const Step &s) { return s.state == state; }));
}

QStringList AckLedger::failures() const
{
    QStringList meldingen;
    for (const Step &step : m_steps) {
        if (step.state == Step::State::Failed)
            meldingen << step.melding;
    }
    return meldingen;
}

} // namespace rd::crash
