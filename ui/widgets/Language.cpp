#include "ui/widgets/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace rd::language {
namespace {

const QString settingsKey = QStringLiteral("taal");

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QLocale localeFor(const QString &taal)
{
    if (taal == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

} // namespace

QStringList supported()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString saved()
{
    const QString taal = QSettings().value(settingsKey).toString();
    return supported().contains(taal) ? taal : QStringLiteral("nl");
}

void save(const QString &taal)
{
    if (supported().contains(taal))
        QSettings().setValue(settingsKey, taal);
}

bool install(QCoreApplication &app, const QString &taal)
{
    uninstall(app);
    const QString code = supported().contains(taal) ? taal : QStringLiteral("nl");
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }

    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/regiedesk_%1.qm").arg(code)))
        return false;
    app.installTranslator(own.get());
    installed().push_back(std::move(own));
    return true;
}

void uninstall(QCoreApplication &app)
{
    for (const auto &translator : installed())
        app.removeTranslator(translator.get());
    installed().clear();
}

} // namespace rd::language
