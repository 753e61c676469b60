#include "core/instellingen/Instellingen.h"

#include "core/store/Sql.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace rd {

namespace {

const QString sleutelOrganisatie = QStringLiteral("afzender.organisatie");
const QString sleutelRegievoerder = QStringLiteral("afzender.regievoerder");
const QString sleutelTelefoon = QStringLiteral("afzender.telefoon");
const QString sleutelEmail = QStringLiteral("afzender.email");
const QString sleutelTolerantie = QStringLiteral("toezicht.tolerantie");

// A null QString binds as SQL NULL; the columns hold '' for "not set".
QString nietNull(const QString &tekst)
{
    return tekst.isNull() ? QStringLiteral("") : tekst;
}

} // namespace

QString Tolerantie::toString() const
{
    return QStringLiteral("%1/%2").arg(QString::number(teller), QString::number(noemer));
}

std::optional<Tolerantie> Tolerantie::parse(const QString &text)
{
    const QStringList delen = text.trimmed().split(QLatin1Char('/'));
    if (delen.size() != 2)
        return std::nullopt;
    bool okT = false;
    bool okN = false;
    const qint64 teller = delen.at(0).trimmed().toLongLong(&okT);
    const qint64 noemer = delen.at(1).trimmed().toLongLong(&okN);
    if (!okT || !okN || noemer <= 0 || teller < 0 || teller > noemer)
        return std::nullopt;
    return Tolerantie{teller, noemer};
}

qint64 Tolerantie::toegestaan(qint64 basis) const
{
    if (basis <= 0 || teller <= 0)
        return 0;
    // binnen(x, basis) holds for x = 0 and, as teller <= noemer, fails beyond basis: search
    // the largest x with it, so the figure and the verdict can never disagree.
    qint64 laag = 0, hoog = basis;
    while (laag < hoog) {
        const qint64 d = hoog - laag; // the middle rounded up, without overflow
        const qint64 midden = laag + d / 2 + d % 2;
        if (binnen(midden, basis))
            laag = midden;
        else
            hoog = midden - 1;
    }
    return laag;
}

bool Tolerantie::binnen(qint64 achterstand, qint64 opgave) const
{
    // achterstand * noemer <= opgave * teller, without the products: they overflow for a
    // denominator near the limit of qint64 ("--tolerance 1/9223372036854775807"). The fractions
    // achterstand / opgave and teller / noemer are compared by their whole parts, then by the
    // inverses of what remains (as Euclid's algorithm), exactly and in a few steps.
    if (achterstand <= 0)
        return true; // no backlog
    if (opgave <= 0 || teller <= 0)
        return false; // a backlog where nothing is tolerated
    qint64 a = achterstand, b = opgave, t = teller, n = noemer; // is a/b <= t/n?
    for (;;) {
        if (a / b != t / n)
            return a / b < t / n;
        const qint64 ra = a % b;
        const qint64 rt = t % n;
        if (ra == 0)
            return true;
        if (rt == 0)
            return false;
        // ra/b <= rt/n exactly when n/rt <= b/ra.
        a = n;
        t = b;
        b = rt;
        n = ra;
    }
}

Result<QString> Instellingen::waarde(const QString &sleutel, const QString &standaard) const
{
    auto v = sql::scalar(m_store.database(),
                         QStringLiteral("SELECT waarde FROM instelling WHERE sleutel = ?"),
                         {sleutel}, standaard);
    if (!v)
        return v.error();
    return v->toString();
}

Status Instellingen::zetWaarde(const QString &sleutel, const QString &waarde)
{
    if (sleutel.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Instellingen", "setting"),
                     QCoreApplication::translate("Instellingen", "has no name")};
    return m_store.transaction([&]() -> Status {
        auto r =
            sql::run(m_store.database(),
                     QStringLiteral("INSERT INTO instelling(sleutel, waarde) VALUES(?, ?) "
                                    "ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde"),
                     {sleutel, nietNull(waarde)});
        if (!r)
            return r.error();
        return {};
    });
}

Result<Afzender> Instellingen::afzender() const
{
    Afzender a;
    const std::pair<const QString *, QString *> velden[] = {{&sleutelOrganisatie, &a.organisatie},
                                                            {&sleutelRegievoerder, &a.regievoerder},
                                                            {&sleutelTelefoon, &a.telefoon},
                                                            {&sleutelEmail, &a.email}};
    for (const auto &[sleutel, veld] : velden) {
        auto w = waarde(*sleutel);
        if (!w)
            return w.error();
        *veld = *w;
    }
    return a;
}

Status Instellingen::zetAfzender(const Afzender &afzender)
{
    if (afzender.regievoerder.trimmed().isEmpty())
        return Error{
            sleutelRegievoerder,
            QCoreApplication::translate("Instellingen", "the regievoerder's name is required")};
    if (afzender.telefoon.trimmed().isEmpty() && afzender.email.trimmed().isEmpty())
        return Error{sleutelTelefoon,
                     QCoreApplication::translate("Instellingen",
                                                 "give a phone number or an e-mail address")};
    if (!afzender.email.trimmed().isEmpty() && !afzender.email.contains(QLatin1Char('@')))
        return Error{sleutelEmail,
                     QCoreApplication::translate("Instellingen", "is not an e-mail address")};
    return m_store.transaction([&]() -> Status {
        const std::pair<QString, QString> velden[] = {
            {sleutelOrganisatie, afzender.organisatie.trimmed()},
            {sleutelRegievoerder, afzender.regievoerder.trimmed()},
            {sleutelTelefoon, afzender.telefoon.trimmed()},
            {sleutelEmail, afzender.email.trimmed()}};
        for (const auto &[sleutel, w] : velden) {
            if (auto s = zetWaarde(sleutel, w); !s)
                return s;
        }
        return {};
    });
}

Result<Tolerantie> Instellingen::tolerantie() const
{
    auto w = waarde(sleutelTolerantie);
    if (!w)
        return w.error();
    if (w->isEmpty())
        return Tolerantie{};
    auto t = Tolerantie::parse(*w);
    if (!t)
        return Error{sleutelTolerantie, QCoreApplication::translate(
                                            "Instellingen", "\"%1\" is not a fraction such as 1/6")
                                            .arg(*w)};
    return *t;
}

Status Instellingen::zetTolerantie(const Tolerantie &tolerantie)
{
    if (tolerantie.noemer <= 0 || tolerantie.teller < 0 || tolerantie.teller > tolerantie.noemer)
        return Error{sleutelTolerantie,
                     QCoreApplication::translate(
                         "Instellingen", "must be a fraction between 0 and 1, such as 1/6")};
    return zetWaarde(sleutelTolerantie, tolerantie.toString());
}

Result<QString> Instellingen::azcContact(qint64 azcId) const
{
    auto q = sql::run(m_store.database(), QStringLiteral("SELECT contact FROM azc WHERE id = ?"),
                      {azcId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QCoreApplication::translate("Instellingen", "azc"),
                     QCoreApplication::translate("Instellingen", "no AZC location with number %1")
                         .arg(azcId)};
    return q->value(0).toString();
}

Status Instellingen::zetAzcContact(qint64 azcId, const QString &contact)
{
    return m_store.transaction([&]() -> Status {
        auto q =
            sql::run(m_store.database(), QStringLiteral("UPDATE azc SET contact = ? WHERE id = ?"),
                     {nietNull(contact.trimmed()), azcId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error{
                QCoreApplication::translate("Instellingen", "azc"),
                QCoreApplication::translate("Instellingen", "no AZC location with number %1")
                    .arg(azcId)};
        return {};
    });
}

} // namespace rd
