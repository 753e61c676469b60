#pragma once

#include "Step.h"
#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rd::crash {

// The persons one households CSV brings: V-nummers first..last, all or none.
struct ImportExpectation
{
    qint64 eersteVNummer = 0;
    qint64 laatsteVNummer = 0;
    int personen = 0;
    int huishoudens = 0;
};

// Every step of a scenario, in order, and what the store must therefore hold: acknowledged
// steps present, refused ones absent, the step in flight at a kill whole or absent, nothing
// else changed (the active couplings equal a replay of the committed steps on the baseline).
// Steps find their rows by their unique reason, "crash-<run>-<n>".
class AckLedger
{
public:
    // Every household's active coupling before the first step, and the persons it puts in a
    // gemeente's pipeline while coupled.
    Status readBaseline(const QSqlDatabase &db);
    void expectImport(const QString &bestand, const ImportExpectation &expectation);

    // A child's output (AckWriter's lines); "fail 0" (the store did not open) is kept as a
    // problem for the next verify().
    void addChildOutput(const QStringList &lines, const QString &halfJaar);
    void addStep(const Step &step) { m_steps.append(step); }
    Step &lastStep() { return m_steps.last(); }

    // Checks the store against every step and settles the steps in flight. Empty when all is
    // well, else one line per problem.
    QStringList verify(const QSqlDatabase &db);

    // Persons moved in or out of each gemeente's pipeline by the committed steps.
    QHash<QString, qint64> pipelineDelta() const;
    // The committed herverdeling deltas of a half-year per gemeente.
    QHash<QString, qint64> herverdelingDelta(const QString &halfJaar) const;
    // The active coupling's gemeente in the replay (empty: not coupled).
    QString actief(qint64 huishouden) const;

    int count(Step::State state) const;
    const QList<Step> &steps() const { return m_steps; }
    QStringList failures() const; // the messages of the refused steps

private:
    QHash<qint64, QString> replay() const;

    QList<Step> m_steps;
    QHash<qint64, QString> m_baseline; // household -> gemeente of its active coupling, or ""
    QHash<qint64, qint64> m_gewicht;   // household -> persons counted in a pipeline
    QHash<QString, ImportExpectation> m_imports;
    QStringList m_openFailures;
};

} // namespace rd::crash
