#include "TaakstellingCheck.h"

#include "core/domain/HalfJaar.h"
#include "core/store/Store.h"

namespace rd::crash {

namespace {

using Veld = qint64 TaakstellingStand::*;

const QList<QPair<const char *, Veld>> &velden()
{
    static const QList<QPair<const char *, Veld>> all{
        {"inwoners", &TaakstellingStand::inwoners},
        {"taakstelling", &TaakstellingStand::taakstelling},
        {"herverdeling", &TaakstellingStand::herverdeling},
        {"saldo_vorig", &TaakstellingStand::saldoVorig},
        {"opgave", &TaakstellingStand::opgave},
        {"realisatie", &TaakstellingStand::realisatie},
        {"gekoppeld_niet_gehuisvest", &TaakstellingStand::gekoppeldNietGehuisvest},
        {"prognose", &TaakstellingStand::prognose},
        {"voor_achter", &TaakstellingStand::voorAchter}};
    return all;
}

QStringList samenvatting(const QStringList &verschillen, const QString &bron)
{
    if (verschillen.isEmpty())
        return {};
    return {QStringLiteral("%1: %2 figure(s) differ from the baseline moved by the committed "
                           "steps: %3")
                .arg(bron, QString::number(verschillen.size()), verschillen.mid(0, 5).join("; "))};
}

} // namespace

TaakstellingCheck::TaakstellingCheck(const QString &halfJaar, const QDate &peildatum)
    : m_halfJaar(halfJaar), m_peildatum(peildatum)
{
}

Status TaakstellingCheck::readBaseline(Store &store)
{
    const auto h = HalfJaar::parse(m_halfJaar);
    if (!h)
        return Error{m_halfJaar, QStringLiteral("not a half-year")};
    auto overzicht = TaakstellingService(store).bereken(*h, 0, m_peildatum);
    if (!overzicht)
        return overzicht.error();
    m_baseline = overzicht->rijen;
    return {};
}

QHash<QString, TaakstellingStand> TaakstellingCheck::expected(const AckLedger &ledger) const
{
    const auto pipeline = ledger.pipelineDelta();
    const auto herverdeling = ledger.herverdelingDelta(m_halfJaar);
    QHash<QString, TaakstellingStand> rijen;
    for (TaakstellingStand rij : m_baseline) {
        rij.gekoppeldNietGehuisvest += pipeline.value(rij.code);
        rij.herverdeling += herverdeling.value(rij.code);
        rij.opgave += herverdeling.value(rij.code);
        rij.prognose = rij.realisatie + rij.gekoppeldNietGehuisvest;
        rij.voorAchter = rij.prognose - rij.opgave;
        rijen.insert(rij.code, rij);
    }
    return rijen;
}

QStringList TaakstellingCheck::verify(Store &store, const AckLedger &ledger) const
{
    const auto h = HalfJaar::parse(m_halfJaar);
    auto overzicht = TaakstellingService(store).bereken(*h, 0, m_peildatum);
    if (!overzicht)
        return {QStringLiteral("quota: %1").arg(overzicht.error().toString())};
    const auto verwacht = expected(ledger);
    QStringList verschillen;
    if (overzicht->rijen.size() != verwacht.size())
        verschillen << QStringLiteral("%1 gemeenten instead of %2")
                           .arg(QString::number(overzicht->rijen.size()),
                                QString::number(verwacht.size()));
    for (const TaakstellingStand &rij : overzicht->rijen) {
        const TaakstellingStand v = verwacht.value(rij.code);
        for (const auto &[naam, veld] : velden()) {
            if (rij.*veld != v.*veld)
                verschillen << QStringLiteral("%1 %2 %3 (expected %4)")
                                   .arg(rij.code, QString::fromLatin1(naam),
                                        QString::number(rij.*veld), QString::number(v.*veld));
        }
    }
    return samenvatting(verschillen, QStringLiteral("TaakstellingService"));
}

QStringList TaakstellingCheck::verifyCsv(const QList<QStringList> &rows,
                                         const AckLedger &ledger) const
{
    if (rows.isEmpty())
        return {QStringLiteral("quota CSV: no rows")};
    const QStringList header = rows.first();
    const auto verwacht = expected(ledger);
    QStringList verschillen;
    if (rows.size() - 1 != verwacht.size())
        verschillen << QStringLiteral("%1 rows instead of %2")
                           .arg(QString::number(rows.size() - 1), QString::number(verwacht.size()));
    const auto codeKolom = header.indexOf(QStringLiteral("code"));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &rij = rows.at(i);
        const QString code = rij.value(codeKolom);
        if (!verwacht.contains(code)) {
            verschillen << QStringLiteral("unknown row %1").arg(code);
            continue;
        }
        const TaakstellingStand v = verwacht.value(code);
        for (const auto &[naam, veld] : velden()) {
            const auto kolom = header.indexOf(QString::fromLatin1(naam));
            if (kolom < 0) {
                verschillen << QStringLiteral("no column %1").arg(QString::fromLatin1(naam));
                continue;
            }
            if (rij.value(kolom) != QString::number(v.*veld))
                verschillen << QStringLiteral("%1 %2 %3 (expected %4)")
                                   .arg(code, QString::fromLatin1(naam), rij.value(kolom),
                                        QString::number(v.*veld));
        }
    }
    return samenvatting(verschillen, QStringLiteral("regiedesk-cli quota"));
}

} // namespace rd::crash
