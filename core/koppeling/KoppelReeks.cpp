#include "koppeling/KoppelReeks.h"

#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace rd {

namespace {

// The V-nummer of the household's reference person, to name it in an error.
QString vNummer(Store &store, qint64 huishoudenId)
{
    auto v = sql::scalar(store.database(),
                         QStringLiteral("SELECT v_nummer FROM persoon WHERE huishouden = ? "
                                        "AND referent = 1"),
                         {huishoudenId});
    return v && !v->isNull() ? v->toString() : QString::number(huishoudenId);
}

} // namespace

KoppelReeks::KoppelReeks(Store &store, const QList<KoppelVerzoek> &verzoeken,
                         const QString &gemeenteCode, qint64 partnerschapId, const QDate &datum,
                         const QString &reden, const QString &doelNaam, const QDate &vandaag)
    : m_store(store), m_gemeenteCode(gemeenteCode), m_partnerschapId(partnerschapId)
{
    for (const auto &verzoek : verzoeken) {
        m_commandos.emplace_back(verzoek.huishoudenId,
                                 std::make_unique<KoppelCommando>(
                                     store, verzoek.huishoudenId, gemeenteCode, partnerschapId,
                                     datum, reden, verzoek.overruleReden, vandaag));
    }
    setText(QCoreApplication::translate("KoppelReeks", "Couple %n household(s) to %1", nullptr,
                                        int(verzoeken.size()))
                .arg(doelNaam.isEmpty() ? gemeenteCode : doelNaam));
}

KoppelReeks::~KoppelReeks() = default;

void KoppelReeks::redo()
{
    m_fouten.clear();
    for (auto &[id, commando] : m_commandos) {
        commando->redo();
        if (commando->gekoppeld())
            meld(*commando, id, true);
        else if (commando->fout())
            m_fouten << Error{vNummer(m_store, id), commando->fout()->message};
    }
    setObsolete(aantalGekoppeld() == 0);
    if (m_foutMelder && !m_fouten.isEmpty())
        m_foutMelder(m_fouten);
}

void KoppelReeks::undo()
{
    m_fouten.clear();
    for (auto it = m_commandos.rbegin(); it != m_commandos.rend(); ++it) {
        auto &[id, commando] = *it;
        if (!commando->gekoppeld())
            continue;
        commando->undo();
        if (commando->gekoppeld() && commando->fout())
            m_fouten << Error{vNummer(m_store, id), commando->fout()->message};
        else
            meld(*commando, id, false);
    }
    if (m_foutMelder && !m_fouten.isEmpty())
        m_foutMelder(m_fouten);
}

int KoppelReeks::aantalGekoppeld() const
{
    int n = 0;
    for (const auto &[id, commando] : m_commandos)
        n += commando->gekoppeld() ? 1 : 0;
    return n;
}

void KoppelReeks::meld(const KoppelCommando &commando, qint64 huishoudenId, bool gekoppeld)
{
    if (!m_melder)
        return;
    QString code = m_gemeenteCode;
    if (code.isEmpty() && m_partnerschapId > 0) {
        auto coordinator = sql::scalar(
            m_store.database(), QStringLiteral("SELECT coordinator FROM partnerschap WHERE id = ?"),
            {m_partnerschapId});
        if (coordinator)
            code = coordinator->toString();
    }
    m_melder(
        {huishoudenId, code, commando.datum(), aantalPersonen(m_store, huishoudenId), gekoppeld});
}

} // namespace rd
