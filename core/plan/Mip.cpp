#include "core/plan/Mip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cmath>

namespace rd::mip {

int Model::kolom(double k, double o, double b, bool g)
{
    kosten << k;
    onder << o;
    boven << b;
    geheel << g;
    return int(kosten.size()) - 1;
}

qsizetype Model::nietNul() const
{
    qsizetype n = 0;
    for (const Rij &r : rijen)
        n += r.kolommen.size();
    return n;
}

QString naam(Solver s)
{
    return s == Solver::Cbc ? QStringLiteral("cbc") : QStringLiteral("glpk");
}

double gap(const Oplossing &o)
{
    if (o.optimaal)
        return 0;
    return std::abs(o.doelwaarde - o.grens) / std::max(1e-9, std::abs(o.doelwaarde));
}

namespace {

Error geenOplossing(Solver s)
{
    return Error{naam(s), QCoreApplication::translate("Plan", "the solver found no solution")};
}

// The solvers' module (core/plan/MipSolvers.cpp), loaded once, on the first call. A program in
// the build tree loads the one built beside it; an installed program only the one installed
// with it (../lib/regiedesk from its folder), never a file at the build tree's path.
struct Module
{
    using Los = bool (*)(const Model *, int, double, const QList<double> *, Oplossing *);
    using Relaxatie = bool (*)(const Model *, Oplossing *);
    Los los = nullptr;
    Relaxatie relaxatie = nullptr;
    QString fout;
};

const Module &module()
{
    static const Module geladen = [] {
        Module m;
        const QString map = QFileInfo(QCoreApplication::applicationDirPath()).canonicalFilePath();
        const QString bouw = QFileInfo(QStringLiteral(REGIEDESK_BOUWMAP)).canonicalFilePath();
        const bool inBouw =
            !bouw.isEmpty() && (map == bouw || map.startsWith(bouw + QLatin1Char('/')));
        const QString pad = inBouw ? QStringLiteral(REGIEDESK_MIP_BOUW)
                                   : map + QStringLiteral("/../" REGIEDESK_MIP_INSTALL);
        QLibrary bibliotheek(pad);
        if (!bibliotheek.load()) {
            m.fout = QCoreApplication::translate("Plan", "the solvers' module cannot be loaded "
                                                         "(%1): %2")
                         .arg(QDir::cleanPath(pad), bibliotheek.errorString());
            return m;
        }
        m.los = reinterpret_cast<Module::Los>(bibliotheek.resolve("regiedesk_mip_los"));
        m.relaxatie =
            reinterpret_cast<Module::Relaxatie>(bibliotheek.resolve("regiedesk_mip_relaxatie"));
        if (!m.los || !m.relaxatie)
            m.fout = QCoreApplication::translate("Plan", "the solvers' module %1 is not this "
                                                         "version's")
                         .arg(QDir::cleanPath(pad));
        return m;
    }();
    return geladen;
}

} // namespace

Result<Oplossing> los(const Model &model, Solver solver, double maxSeconden,
                      const QList<double> &start)
{
    const Module &m = module();
    if (!m.los)
        return Error{naam(solver), m.fout};
    Oplossing o;
    if (!m.los(&model, int(solver), maxSeconden, &start, &o))
        return geenOplossing(solver);
    return o;
}

Result<Oplossing> relaxatie(const Model &model)
{
    const Module &m = module();
    if (!m.relaxatie)
        return Error{naam(Solver::Cbc), m.fout};
    Oplossing o;
    if (!m.relaxatie(&model, &o))
        return geenOplossing(Solver::Cbc);
    return o;
}

} // namespace rd::mip
