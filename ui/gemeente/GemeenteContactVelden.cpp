#include "ui/gemeente/GemeenteContactVelden.h"

#include "core/gemeente/GemeenteService.h"
#include "core/validatie/ContactControle.h"
#include "core/validatie/TekstControle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

#include <utility>

namespace rd {

namespace {

QLineEdit *veld(QWidget *parent, const QString &naam, const QString &toegankelijk,
                const QString &uitleg, int maxLengte)
{
    auto *v = new QLineEdit(parent);
    v->setObjectName(naam);
    v->setAccessibleName(toegankelijk);
    v->setToolTip(uitleg);
    v->setMaxLength(maxLengte);
    return v;
}

} // namespace

GemeenteContactVelden::GemeenteContactVelden(QWidget *parent)
    : QGroupBox(tr("Contact at the municipality"), parent)
{
    setObjectName(QStringLiteral("contactGroep"));
    setToolTip(tr("Name, phone and e-mail are printed on the coupling letter; a letter for a "
                  "municipality without them leaves its contact out"));
    m_naam = veld(this, QStringLiteral("contactNaam"), tr("Contact name"),
                  tr("The person or team the status holder and the COA contact about the "
                     "housing; printed on the coupling letter"),
                  int(maxNaamLengte));
    m_telefoon = veld(this, QStringLiteral("contactTelefoon"), tr("Contact phone"),
                      tr("Digits, spaces and hyphens, a \"+\" at the start, e.g. 020 552 3000 "
                         "or +31 20 552 3000; printed on the coupling letter"),
                      int(maxTelefoonLengte));
    m_email = veld(this, QStringLiteral("contactEmail"), tr("Contact e-mail"),
                   tr("An e-mail address such as wonen@gemeente.nl; printed on the coupling "
                      "letter"),
                   int(maxEmailLengte));
    // The free text of earlier versions: kept as written, for the regievoerder only.
    m_notitie = veld(this, QStringLiteral("contactpersoon"), tr("Contact note"),
                     tr("Anything else about reaching the municipality, for you only (never on "
                        "a letter), e.g. office hours"),
                     GemeenteService::maxContactpersoon);
    m_fout = new QLabel(this);
    m_fout->setObjectName(QStringLiteral("contactFout"));
    m_fout->setWordWrap(true);
    m_fout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fout->hide();

    auto *form = new QFormLayout(this);
    const auto rij = [this, form](const QString &label, QLineEdit *v) {
        auto *l = new QLabel(label, this);
        l->setBuddy(v);
        form->addRow(l, v);
        connect(v, &QLineEdit::textChanged, this, [this] {
            controleer();
            emit gewijzigd();
        });
    };
    rij(tr("Na&me:"), m_naam);
    rij(tr("Phon&e:"), m_telefoon);
    rij(tr("E-ma&il:"), m_email);
    rij(tr("&Contact note:"), m_notitie);
    form->addRow(m_fout);
}

void GemeenteContactVelden::zet(const GemeenteContact &contact, const QString &notitie)
{
    for (auto [v, tekst] :
         {std::pair{m_naam, contact.naam}, std::pair{m_telefoon, contact.telefoon},
          std::pair{m_email, contact.email}, std::pair{m_notitie, notitie}}) {
        const QSignalBlocker blok(v);
        v->setText(tekst);
    }
    controleer();
}

GemeenteContact GemeenteContactVelden::contact() const
{
    return {m_naam->text().trimmed(), m_telefoon->text().trimmed(), m_email->text().trimmed()};
}

QString GemeenteContactVelden::notitie() const
{
    return m_notitie->text().trimmed();
}

void GemeenteContactVelden::setBewerkbaar(bool aan)
{
    for (QLineEdit *v : {m_naam, m_telefoon, m_email, m_notitie})
        v->setReadOnly(!aan);
}

bool GemeenteContactVelden::focusOp(const QString &veld)
{
    QLineEdit *doel = veld == QLatin1String("contact.naam")       ? m_naam
                      : veld == QLatin1String("contact.telefoon") ? m_telefoon
                      : veld == QLatin1String("contact.email")    ? m_email
                      : veld == QLatin1String("contactpersoon")   ? m_notitie
                                                                  : nullptr;
    if (doel)
        doel->setFocus(Qt::OtherFocusReason);
    return doel != nullptr;
}

QString GemeenteContactVelden::veldNaam(const QString &veld)
{
    if (veld == QLatin1String("contact.naam"))
        return tr("Contact name");
    if (veld == QLatin1String("contact.telefoon"))
        return tr("Contact phone");
    if (veld == QLatin1String("contact.email"))
        return tr("Contact e-mail");
    if (veld == QLatin1String("contactpersoon"))
        return tr("Contact note");
    return {};
}

QString GemeenteContactVelden::foutTekst() const
{
    return m_fout->isHidden() ? QString() : m_fout->text();
}

QList<QWidget *> GemeenteContactVelden::velden() const
{
    return {m_naam, m_telefoon, m_email, m_notitie};
}

void GemeenteContactVelden::controleer()
{
    const Status s = GemeenteService::controleerContact(contact());
    // A warning sign and words, never colour alone.
    m_fout->setText(s ? QString()
                      : tr("⚠ %1: %2").arg(veldNaam(s.error().where), s.error().message));
    m_fout->setAccessibleName(m_fout->text());
    m_fout->setVisible(!s);
}

} // namespace rd
