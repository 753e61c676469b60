#include "household/DatumVeld.h"

#include "household/PersonenModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace rd {

DatumVeld::DatumVeld(QWidget *parent)
    : QWidget(parent), m_bekend(new QCheckBox(this)), m_datum(new QDateEdit(this)),
      m_standaard(QDate::currentDate())
{
    m_datum->setDisplayFormat(PersonenModel::datumFormaat());
    m_datum->setCalendarPopup(true);
    // The minimum date reads "no date" while the box is unchecked.
    m_datum->setMinimumDate(QDate(1850, 1, 1));
    m_datum->setSpecialValueText(tr("no date"));
    m_datum->setEnabled(false);
    m_datum->setDate(m_datum->minimumDate());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bekend);
    layout->addWidget(m_datum, 1);
    setFocusProxy(m_bekend);
    connect(m_bekend, &QCheckBox::toggled, this, [this](bool aan) {
        const QSignalBlocker blocker(m_datum);
        m_datum->setEnabled(aan);
        m_datum->setDate(aan ? m_standaard : m_datum->minimumDate());
        emit gewijzigd();
    });
    connect(m_datum, &QDateEdit::dateChanged, this, [this]() {
        if (m_bekend->isChecked())
            emit gewijzigd();
    });
}

QDate DatumVeld::datum() const
{
    return m_bekend->isChecked() ? m_datum->date() : QDate();
}

void DatumVeld::setDatum(const QDate &datum)
{
    const QSignalBlocker blockBekend(m_bekend);
    const QSignalBlocker blockDatum(m_datum);
    m_bekend->setChecked(datum.isValid());
    m_datum->setEnabled(datum.isValid());
    m_datum->setDate(datum.isValid() ? datum : m_datum->minimumDate());
}

void DatumVeld::setNaam(const QString &objectName, const QString &accessibleName)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    m_bekend->setObjectName(objectName + QStringLiteral("Bekend"));
    m_bekend->setAccessibleName(tr("%1 known").arg(accessibleName));
    m_datum->setObjectName(objectName + QStringLiteral("Datum"));
    m_datum->setAccessibleName(accessibleName);
}

void DatumVeld::setUitleg(const QString &toolTip)
{
    setToolTip(toolTip);
    m_bekend->setToolTip(tr("Check when the date is known. %1").arg(toolTip));
    m_datum->setToolTip(toolTip);
}

void DatumVeld::setFoutBeschrijving(const QString &beschrijving)
{
    setAccessibleDescription(beschrijving);
    m_bekend->setAccessibleDescription(beschrijving);
    m_datum->setAccessibleDescription(beschrijving);
}

} // namespace rd
