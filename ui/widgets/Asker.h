#pragma once

#include <QMessageBox>
#include <QString>

#include <memory>

class QWidget;

namespace rd {

// Asks the user to choose between standard buttons (Save / Discard / Cancel, ...). A form or
// dialog that must ask before it throws work away holds one: the window's default shows a
// QMessageBox; a test injects its own, which answers and can check what was asked.
class Asker
{
public:
    virtual ~Asker() = default;
    virtual QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton) = 0;
};

// The default: a modal question box.
class MessageBoxAsker : public Asker
{
public:
    QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton) override
    {
        return QMessageBox::question(parent, title, text, buttons, defaultButton);
    }
};

inline std::shared_ptr<Asker> messageBoxAsker()
{
    return std::make_shared<MessageBoxAsker>();
}

} // namespace rd
