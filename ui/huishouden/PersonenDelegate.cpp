#include "ui/huishouden/PersonenDelegate.h"

#include "ui/huishouden/PersonenModel.h"

#include <QComboBox>
#include <QDateEdit>

namespace rd {

PersonenDelegate::PersonenDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_standaardDatum(QDate::currentDate().addYears(-30))
{
}

QWidget *PersonenDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == PersonenModel::Geboortedatum) {
        auto *edit = new QDateEdit(parent);
        edit->setObjectName(QStringLiteral("geboortedatumEditor"));
        edit->setAccessibleName(tr("Birth date"));
        edit->setDisplayFormat(PersonenModel::datumFormaat());
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(1850, 1, 1)); // earlier than valid, so validation can say why
        return edit;
    }
    if (index.column() == PersonenModel::Geslacht) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("geslachtEditor"));
        combo->setAccessibleName(tr("Sex"));
        combo->addItem(QStringLiteral("M"));
        combo->setItemData(0, tr("Male"), Qt::ToolTipRole);
        combo->addItem(QStringLiteral("V"));
        combo->setItemData(1, tr("Female (vrouw)"), Qt::ToolTipRole);
        combo->addItem(QStringLiteral("X"));
        combo->setItemData(2, tr("Unspecified"), Qt::ToolTipRole);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PersonenDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        const QDate datum = index.data(Qt::EditRole).toDate();
        edit->setDate(datum.isValid() ? datum : m_standaardDatum);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findText(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(i >= 0 ? i : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PersonenDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date(), Qt::EditRole);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rd
