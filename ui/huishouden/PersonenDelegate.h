#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace rd {

// Editors for the persons table: a calendar date editor for the birth date and a choice
// of M, V or X for the sex; the default line edit for the other text columns.
class PersonenDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PersonenDelegate(QObject *parent = nullptr);

    // The date a new birth date editor starts on when the cell is still empty.
    void setStandaardDatum(const QDate &datum) { m_standaardDatum = datum; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QDate m_standaardDatum;
};

} // namespace rd
