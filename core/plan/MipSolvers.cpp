// The solvers themselves (CBC, CLP and GLPK), built as a module of their own (regiedesk_mip) that
// core loads on the first plan (core/plan/Mip.cpp): their fourteen libraries (CBC's, GLPK,
// LAPACK, BLAS, gfortran) then cost nothing to a program that does not plan, which is every
// command-line report and the window's start (7 ms of CPU a start, docs/benchmarks.md). Only
// Mip.h's plain types cross the border, both sides built by the same compiler from the same
// header; no Error or translation lives here (core makes those).
#include "core/plan/Mip.h"

#include <coin/CbcModel.hpp>
#include <coin/CbcSolver.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/OsiClpSolverInterface.hpp>
#include <glpk.h>

#include <QtGlobal>

#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace rd::mip {

namespace {

// The model as CLP reads it, integer columns marked.
void laad(const Model &m, OsiClpSolverInterface &lp)
{
    const int n = m.kolommen();
    CoinPackedMatrix matrix(false, 0, 0); // by row
    matrix.setDimensions(0, n);
    std::vector<double> rijOnder, rijBoven;
    for (const Rij &r : m.rijen) {
        const std::vector<int> index(r.kolommen.cbegin(), r.kolommen.cend());
        const std::vector<double> waarde(r.waarden.cbegin(), r.waarden.cend());
        matrix.appendRow(int(index.size()), index.data(), waarde.data());
        rijOnder.push_back(std::isinf(r.onder) ? -COIN_DBL_MAX : r.onder);
        rijBoven.push_back(std::isinf(r.boven) ? COIN_DBL_MAX : r.boven);
    }
    std::vector<double> onder(m.onder.cbegin(), m.onder.cend());
    std::vector<double> boven(m.boven.cbegin(), m.boven.cend());
    for (double &b : boven)
        if (std::isinf(b))
            b = COIN_DBL_MAX;
    const std::vector<double> kosten(m.kosten.cbegin(), m.kosten.cend());
    lp.loadProblem(matrix, onder.data(), boven.data(), kosten.data(), rijOnder.data(),
                   rijBoven.data());
    lp.messageHandler()->setLogLevel(0);
    lp.getModelPtr()->messageHandler()->setLogLevel(0);
}

std::optional<Oplossing> cbc(const Model &m, double maxSeconden, const QList<double> &start)
{
    const int n = m.kolommen();
    OsiClpSolverInterface lp;
    laad(m, lp);
    for (int k = 0; k < n; ++k)
        if (m.geheel.at(k))
            lp.setInteger(k);
    CbcModel model(lp);
    model.messageHandler()->setLogLevel(0);
    // The standalone solver's defaults (preprocessing, cuts, heuristics), as `cbc -solve`.
    CbcMain0(model);
    std::vector<std::string> namen;
    if (start.size() == n) { // a solution to start from: CBC knows columns by name
        namen.reserve(size_t(n));
        std::vector<const char *> pNamen;
        for (int k = 0; k < n; ++k) {
            namen.push_back("x" + std::to_string(k));
            model.solver()->setColName(k, namen.back());
        }
        for (const std::string &naam : namen)
            pNamen.push_back(naam.c_str());
        const std::vector<double> waarden(start.cbegin(), start.cend());
        model.setMIPStart(n, pNamen.data(), waarden.data());
    }
    const std::string seconden = std::to_string(maxSeconden);
    // -allow 0.5: the plan's costs are whole units, so a gap below 1 is none.
    const char *argv[] = {"regiedesk", "-log",           "0",      "-slog", "0",
                          "-sec",      seconden.c_str(), "-ratio", "0",     "-allow",
                          "0.5",       "-solve",         "-quit"};
    CbcMain1(int(std::size(argv)), argv, model);

    Oplossing o;
    o.onhaalbaar = model.isProvenInfeasible();
    if (o.onhaalbaar)
        return o;
    const double *x = model.bestSolution();
    if (!x)
        return std::nullopt;
    o.x = QList<double>(x, x + n);
    for (int k = 0; k < n; ++k)
        o.doelwaarde += m.kosten.at(k) * o.x.at(k);
    o.optimaal = model.isProvenOptimal();
    o.grens = o.optimaal ? o.doelwaarde : std::min(o.doelwaarde, model.getBestPossibleObjValue());
    return o;
}

std::optional<Oplossing> glpk(const Model &m, double maxSeconden)
{
    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, void (*)(glp_prob *)> p(glp_create_prob(), glp_delete_prob);
    glp_set_obj_dir(p.get(), GLP_MIN);
    const int n = m.kolommen();
    const int rijen = int(m.rijen.size());
    if (n > 0)
        glp_add_cols(p.get(), n);
    if (rijen > 0)
        glp_add_rows(p.get(), rijen);
    auto grenzen = [](double o, double b) {
        if (std::isinf(o) && std::isinf(b))
            return GLP_FR;
        if (std::isinf(o))
            return GLP_UP;
        if (std::isinf(b))
            return GLP_LO;
        return o == b ? GLP_FX : GLP_DB;
    };
    for (int k = 0; k < n; ++k) {
        const double o = m.onder.at(k), b = m.boven.at(k);
        glp_set_col_bnds(p.get(), k + 1, grenzen(o, b), std::isinf(o) ? 0 : o,
                         std::isinf(b) ? 0 : b);
        glp_set_obj_coef(p.get(), k + 1, m.kosten.at(k));
        glp_set_col_kind(p.get(), k + 1, m.geheel.at(k) ? GLP_IV : GLP_CV);
    }
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    for (int i = 0; i < rijen; ++i) {
        const Rij &r = m.rijen.at(i);
        glp_set_row_bnds(p.get(), i + 1, grenzen(r.onder, r.boven),
                         std::isinf(r.onder) ? 0 : r.onder, std::isinf(r.boven) ? 0 : r.boven);
        for (qsizetype j = 0; j < r.kolommen.size(); ++j) {
            ia.push_back(i + 1);
            ja.push_back(r.kolommen.at(j) + 1);
            ar.push_back(r.waarden.at(j));
        }
    }
    glp_load_matrix(p.get(), int(ia.size()) - 1, ia.data(), ja.data(), ar.data());

    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    parm.mip_gap = 0;
    parm.tm_lim = int(std::min(maxSeconden * 1000, 2.0e9));
    const int fout = glp_intopt(p.get(), &parm);

    Oplossing o;
    const int status = glp_mip_status(p.get());
    if (status == GLP_NOFEAS || fout == GLP_ENOPFS || fout == GLP_ENODFS) {
        o.onhaalbaar = true;
        return o;
    }
    if (status != GLP_OPT && status != GLP_FEAS)
        return std::nullopt;
    o.optimaal = status == GLP_OPT;
    o.doelwaarde = glp_mip_obj_val(p.get());
    // GLPK does not tell its bound after a time limit: the LP relaxation's would need a
    // second solve, so an unproven solution reports no better bound than -infinity.
    o.grens = o.optimaal ? o.doelwaarde : -oneindig;
    o.x.reserve(n);
    for (int k = 0; k < n; ++k)
        o.x << glp_mip_col_val(p.get(), k + 1);
    return o;
}

std::optional<Oplossing> relaxatieLp(const Model &model)
{
    OsiClpSolverInterface lp;
    laad(model, lp);
    lp.initialSolve();
    Oplossing o;
    o.onhaalbaar = lp.isProvenPrimalInfeasible();
    if (o.onhaalbaar)
        return o;
    if (!lp.isProvenOptimal())
        return std::nullopt;
    o.optimaal = true;
    o.doelwaarde = o.grens = lp.getObjValue();
    const double *x = lp.getColSolution();
    o.x = QList<double>(x, x + model.kolommen());
    return o;
}

} // namespace

} // namespace rd::mip

// The module's two entry points: false when the solver found no solution (other than a proven
// infeasibility, which is a solution with onhaalbaar set).
extern "C" Q_DECL_EXPORT bool regiedesk_mip_los(const rd::mip::Model *model, int solver,
                                                double maxSeconden, const QList<double> *start,
                                                rd::mip::Oplossing *uit)
{
    auto o = solver == int(rd::mip::Solver::Cbc) ? rd::mip::cbc(*model, maxSeconden, *start)
                                                 : rd::mip::glpk(*model, maxSeconden);
    if (!o)
        return false;
    *uit = std::move(*o);
    return true;
}

extern "C" Q_DECL_EXPORT bool regiedesk_mip_relaxatie(const rd::mip::Model *model,
                                                      rd::mip::Oplossing *uit)
{
    auto o = rd::mip::relaxatieLp(*model);
    if (!o)
        return false;
    *uit = std::move(*o);
    return true;
}
