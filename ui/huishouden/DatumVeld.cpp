#include "ui/huishouden/DatumVeld.h"

#include "ui/huishouden/PersonenModel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

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
    // Typing a date works at once: a digit on the check box checks it and goes on in the
    // editor, and the editor selects the day section whenever it gets the focus.
    m_bekend->installEventFilter(this);
    m_datum->installEventFilter(this);
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

bool DatumVeld::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_datum && event->type() == QEvent::FocusIn && !m_focusVanVakje) {
        // After the editor's own focus handling and after the click that gave the focus.
        QTimer::singleShot(0, m_datum, [editor = m_datum] {
            if (editor->isEnabled())
                editor->setSelectedSection(QDateTimeEdit::DaySection);
        });
    }
    if (watched == m_datum && event->type() == QEvent::KeyPress) {
        // "3-12-2026": a separator after a section the editor already left by itself (a
        // complete month moves on to the year) is not typed again; in the year it would be
        // read as a minus sign.
        const QString tekst = static_cast<QKeyEvent *>(event)->text();
        if (tekst.size() == 1 && QStringLiteral("-/. ").contains(tekst.at(0))) {
            const auto *regel = m_datum->findChild<QLineEdit *>();
            const QString sectie = m_datum->sectionText(m_datum->currentSection());
            if (m_datum->currentSection() == QDateTimeEdit::YearSection ||
                (regel && !sectie.isEmpty() && regel->selectedText() == sectie))
                return true;
        }
    }
    if (watched == m_bekend && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->text().size() == 1 && key->text().at(0).isDigit() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            // A digit on the check box: the date is known and typed from its first section.
            if (!m_bekend->isChecked() || !m_datum->hasFocus()) {
                m_bekend->setChecked(true);
                m_focusVanVakje = true;
                m_datum->setFocus(Qt::OtherFocusReason);
                m_focusVanVakje = false;
                if (!m_doorgestuurd)
                    m_datum->setSelectedSection(QDateTimeEdit::DaySection);
            }
            m_doorgestuurd = true;
            QKeyEvent kopie(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_datum, &kopie);
            return true;
        }
        m_doorgestuurd = false;
    }
    if (watched == m_bekend && event->type() == QEvent::FocusIn)
        m_doorgestuurd = false;
    return QWidget::eventFilter(watched, event);
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
