// Who a change is by when no name is given (issue 14: "door onbekend" no longer appears).
#include "core/store/LoginNaam.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <gtest/gtest.h>

#include <pwd.h>
#include <unistd.h>

using namespace rd;

namespace {

// Clears the login variables for one test and puts them back after.
class ZonderLoginOmgeving
{
public:
    ZonderLoginOmgeving()
    {
        for (const char *var : namen) {
            m_oud.append({var, qgetenv(var)});
            qunsetenv(var);
        }
    }
    ~ZonderLoginOmgeving()
    {
        for (const auto &[var, waarde] : m_oud) {
            if (!waarde.isNull())
                qputenv(var, waarde);
        }
    }

private:
    static constexpr const char *namen[] = {"REGIEDESK_USER", "USER", "LOGNAME", "USERNAME"};
    QList<QPair<const char *, QByteArray>> m_oud;
};

} // namespace

TEST(LoginNaam, TheVariablesComeFirstInTheirOrder)
{
    ZonderLoginOmgeving leeg;
    qputenv("LOGNAME", "ans");
    EXPECT_EQ(loginNaam(), QStringLiteral("ans"));
    qputenv("USER", "bert");
    EXPECT_EQ(loginNaam(), QStringLiteral("bert"));
    qputenv("REGIEDESK_USER", "Carla de Vries");
    EXPECT_EQ(loginNaam(), QStringLiteral("Carla de Vries"));
}

TEST(LoginNaam, WithoutThemTheAccountTheProcessRunsAs)
{
    ZonderLoginOmgeving leeg;
    const passwd *pw = getpwuid(geteuid());
    ASSERT_NE(pw, nullptr);
    EXPECT_EQ(loginNaam(), QString::fromLocal8Bit(pw->pw_name));
    EXPECT_NE(loginNaam(), QStringLiteral("onbekend"));
}
