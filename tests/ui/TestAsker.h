#pragma once

#include "ui/widgets/Asker.h"

#include <QString>

#include <functional>
#include <memory>

namespace rd::test {

// An Asker for tests: answers with `antwoord` and keeps what it was asked.
class TestAsker : public Asker
{
public:
    explicit TestAsker(std::function<QMessageBox::StandardButton()> antwoord)
        : m_antwoord(std::move(antwoord))
    {
    }

    QMessageBox::StandardButton ask(QWidget *, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton) override
    {
        ++gevraagd;
        titel = title;
        tekst = text;
        knoppen = buttons;
        standaard = defaultButton;
        return m_antwoord();
    }

    int gevraagd = 0;
    QString titel;
    QString tekst;
    QMessageBox::StandardButtons knoppen;
    QMessageBox::StandardButton standaard = QMessageBox::NoButton;

private:
    std::function<QMessageBox::StandardButton()> m_antwoord;
};

inline std::shared_ptr<TestAsker> antwoordt(std::function<QMessageBox::StandardButton()> antwoord)
{
    return std::make_shared<TestAsker>(std::move(antwoord));
}

} // namespace rd::test
