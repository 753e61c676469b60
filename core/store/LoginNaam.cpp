#include "core/store/LoginNaam.h"

namespace rd {

QString loginNaam()
{
    for (const char *var : {"REGIEDESK_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("onbekend");
}

} // namespace rd
