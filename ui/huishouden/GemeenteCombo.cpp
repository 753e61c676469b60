#include "ui/huishouden/GemeenteCombo.h"

#include <QCompleter>
#include <QLineEdit>

namespace rd {

GemeenteCombo::GemeenteCombo(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(model(), this);
    completer->setCompletionColumn(0);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(this, &QComboBox::editTextChanged, this, &GemeenteCombo::gewijzigd);
}

void GemeenteCombo::setGemeenten(const QList<Gemeente> &gemeenten)
{
    const QString code = this->code();
    const QSignalBlocker blocker(this);
    clear();
    for (const auto &g : gemeenten)
        addItem(g.naam, g.code);
    setCode(code);
}

int GemeenteCombo::zoek(const QString &text) const
{
    const QString gezocht = text.trimmed();
    if (gezocht.isEmpty())
        return -1;
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).compare(gezocht, Qt::CaseInsensitive) == 0 ||
            itemData(i).toString().compare(gezocht, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString GemeenteCombo::code() const
{
    const int i = zoek(currentText());
    return i >= 0 ? itemData(i).toString() : QString();
}

bool GemeenteCombo::isOnbekend() const
{
    return !currentText().trimmed().isEmpty() && zoek(currentText()) < 0;
}

void GemeenteCombo::setCode(const QString &code)
{
    const QSignalBlocker blocker(this);
    const int i = code.isEmpty() ? -1 : findData(code);
    if (i >= 0) {
        setCurrentIndex(i);
    } else {
        setCurrentIndex(-1);
        setEditText(code); // a code the reference data does not know stays visible
    }
}

} // namespace rd
