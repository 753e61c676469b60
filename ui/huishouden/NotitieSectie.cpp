#include "ui/huishouden/NotitieSectie.h"

#include "core/domain/Huishouden.h"
#include "ui/huishouden/VeldFout.h"
#include "ui/huishouden/VeldFouten.h"
#include "ui/widgets/Numbers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rd {

namespace {
const QString sleutel = QStringLiteral("notitie");
} // namespace

NotitieSectie::NotitieSectie(QWidget *parent)
    : QWidget(parent), m_veld(new QPlainTextEdit(this)), m_fout(new VeldFout(this)),
      m_teller(new QLabel(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("notitieSectie"));
    m_veld->setObjectName(QStringLiteral("notitie"));
    m_veld->setAccessibleName(tr("Note"));
    m_veld->setToolTip(tr("Your own remarks about this household, saved with it (Save); every "
                          "change is kept in the timeline with who made it and when"));
    m_veld->setTabChangesFocus(true);
    m_veld->setPlaceholderText(tr("Agreements, contact moments, what to remember next time"));
    m_hint->setObjectName(QStringLiteral("notitieHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("No medical data: the COA has no access to the medical file. The note is "
                       "not exported to the households CSV."));
    m_teller->setObjectName(QStringLiteral("notitieTeller"));
    m_teller->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *label = new QLabel(tr("N&ote:"), this);
    label->setBuddy(m_veld);
    auto *kop = new QHBoxLayout;
    kop->addWidget(label);
    kop->addStretch(1);
    kop->addWidget(m_teller);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kop);
    layout->addWidget(m_veld, 1);
    layout->addWidget(m_fout);
    layout->addWidget(m_hint);

    connect(m_veld, &QPlainTextEdit::textChanged, this, [this] {
        werkTellerBij();
        emit gewijzigd(sleutel);
    });
    werkTellerBij();
}

void NotitieSectie::setNotitie(const QString &tekst)
{
    const QSignalBlocker blokkeer(m_veld);
    m_veld->setPlainText(tekst);
    werkTellerBij();
}

QString NotitieSectie::notitie() const
{
    return m_veld->toPlainText();
}

void NotitieSectie::registreer(VeldFouten &fouten)
{
    fouten.registreer(sleutel, m_veld, m_fout, tr("Note"));
}

QList<QWidget *> NotitieSectie::tabVolgorde() const
{
    return {m_veld};
}

void NotitieSectie::werkTellerBij()
{
    // Code points, as the store counts them.
    const qsizetype lengte = notitie().toUcs4().size();
    m_teller->setText(
        tr("%1 of %2 characters").arg(numbers::aantal(lengte), numbers::aantal(maxNotitieLengte)));
}

} // namespace rd
