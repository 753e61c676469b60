#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace rd {

// A date that may be unknown: a check box "known" and a calendar date editor, enabled
// while checked. Every date of the intake form uses it, so "no date" looks the same
// everywhere. datum() is invalid while unchecked.
class DatumVeld : public QWidget
{
    Q_OBJECT
public:
    explicit DatumVeld(QWidget *parent = nullptr);

    QDate datum() const;
    void setDatum(const QDate &datum); // invalid: unchecked
    // The date the editor starts on when the box is checked while no date was set.
    void setStandaardDatum(const QDate &datum) { m_standaard = datum; }
    // Names, tooltip and error description for both parts.
    void setNaam(const QString &objectName, const QString &accessibleName);
    void setUitleg(const QString &toolTip);
    void setFoutBeschrijving(const QString &beschrijving);

    QCheckBox *bekend() const { return m_bekend; }
    QDateEdit *editor() const { return m_datum; }

signals:
    void gewijzigd();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCheckBox *m_bekend;
    QDateEdit *m_datum;
    QDate m_standaard;
    bool m_focusVanVakje = false; // the check box moves the focus on: no second selection
    bool m_doorgestuurd = false;  // digits typed on the check box go on in the editor
};

} // namespace rd
