#include "core/store/LoginNaam.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rd {

QString loginNaam()
{
    for (const char *var : {"REGIEDESK_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // A process started without a login's environment (a service, `env -i`, a container's
    // root shell) still runs as an account: its name from the password database.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("onbekend");
}

} // namespace rd
