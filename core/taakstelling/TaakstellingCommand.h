#pragma once

#include "core/domain/HalfJaar.h"
#include "core/taakstelling/Taakstelling.h"
#include "core/werkbestand/Wijziging.h"

#include <QDate>
#include <QJsonValue>
#include <QVariantList>

#include <optional>

namespace rd {

// The stored row a vg or art. 30 step replaced, as its entry keeps it ("vorige": the row's
// values in order, or null when there was none), and how it is put back: by the step's undo and
// by a take-back after a conflict at the team server.
namespace taakstellingstap {
QJsonValue alsJson(const std::optional<QVariantList> &rij);
std::optional<QVariantList> uitJson(const QJsonValue &waarde);
// vorige: vg, reden, vastgesteld_op; none removes the half-year's row
Status herstelVg(Store &store, const HalfJaar &halfJaar, const std::optional<QVariantList> &vorige);
// vorige: aantal, reden; none removes the row
Status herstelArt30(Store &store, const QString &code, const HalfJaar &halfJaar,
                    const std::optional<QVariantList> &vorige);
} // namespace taakstellingstap

// The quota's inputs as undoable steps, each one change-log entry (Wijziging); undo puts the
// stored row back exactly as it was (or removes it when there was none). They change the
// quota only, never a coupling.

// Art. 29.1: the vg of a half-year (TaakstellingService::zetVg). Type "vg".
class VgCommand : public Wijziging
{
public:
    VgCommand(Store &store, const HalfJaar &halfJaar, qint64 vg, const QDate &op,
              const QString &reden = {});

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    HalfJaar m_halfJaar;
    qint64 m_vg;
    QDate m_op;
    QString m_reden;
    std::optional<QVariantList> m_vorige; // vg, reden, vastgesteld_op as stored
};

// Art. 30: the population the province sets for a gemeente in a half-year
// (TaakstellingService::zetArt30). Type "art30".
class Art30Command : public Wijziging
{
public:
    Art30Command(Store &store, const QString &gemeenteCode, const HalfJaar &halfJaar,
                 qint64 inwoners, const QString &reden);

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    QString m_code;
    HalfJaar m_halfJaar;
    qint64 m_inwoners;
    QString m_reden;
    std::optional<QVariantList> m_vorige; // aantal, reden as stored
};

// Art. 29.2: a herverdeling between gemeenten (TaakstellingService::registreerHerverdeling);
// undo removes it, redo registers it again under the same id. Type "herverdeling".
class HerverdelingCommand : public Wijziging
{
public:
    HerverdelingCommand(Store &store, const HalfJaar &halfJaar,
                        const QList<HerverdelingRegel> &regels, const QString &reden);

    qint64 herverdelingId() const { return m_id; }

protected:
    Result<JournaalInvoer> doe() override;
    Result<JournaalInvoer> herstel() override;

private:
    JournaalInvoer invoer() const;

    HalfJaar m_halfJaar;
    QList<HerverdelingRegel> m_regels;
    QString m_reden;
    qint64 m_id = 0;
    QVariantList m_rij; // the herverdeling row as stored (id, halfjaar, reden, door, op)
};

} // namespace rd
