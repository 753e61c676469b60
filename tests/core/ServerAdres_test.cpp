// The team server's URL (issue 16): what is taken, what is refused and why.
#include "core/sync/ServerAdres.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

ServerAdres goed(const char *url)
{
    auto a = serveradres::lees(QString::fromUtf8(url));
    EXPECT_TRUE(a.ok()) << url << ": " << (a.ok() ? "" : a.error().toString().toStdString());
    return a.ok() ? *a : ServerAdres{};
}

QString fout(const char *url)
{
    auto a = serveradres::lees(QString::fromUtf8(url));
    EXPECT_FALSE(a.ok()) << url << " was taken";
    return a.ok() ? QString() : a.error().toString();
}

} // namespace

TEST(ServerAdres, TakesHostPortDatabaseUserAndTls)
{
    const ServerAdres a =
        goed("postgresql://ans@db.coa.example:6543/regiedesk?sslmode=verify-full&sslrootcert=/etc/"
             "ssl/coa-ca.pem");
    EXPECT_EQ(a.gebruiker, QStringLiteral("ans"));
    EXPECT_EQ(a.host, QStringLiteral("db.coa.example"));
    EXPECT_EQ(a.port, 6543);
    EXPECT_EQ(a.database, QStringLiteral("regiedesk"));
    EXPECT_EQ(a.opties, (QStringList{QStringLiteral("sslmode=verify-full"),
                                     QStringLiteral("sslrootcert=/etc/ssl/coa-ca.pem")}));
    // shown again without change
    EXPECT_EQ(a.tekst(), QStringLiteral("postgresql://ans@db.coa.example:6543/regiedesk?"
                                        "sslmode=verify-full&sslrootcert=/etc/ssl/coa-ca.pem"));
}

TEST(ServerAdres, TakesASocketFolderAndDefaults)
{
    const ServerAdres a = goed("postgresql://postgres@/postgres?host=/tmp/rdpg.x/sock&port=5439");
    EXPECT_EQ(a.host, QStringLiteral("/tmp/rdpg.x/sock"));
    EXPECT_EQ(a.port, 5439);
    EXPECT_EQ(a.database, QStringLiteral("postgres"));
    EXPECT_EQ(a.tekst(),
              QStringLiteral("postgresql://postgres@/postgres?host=/tmp/rdpg.x/sock&port=5439"));
    const ServerAdres b = goed("postgres://server");
    EXPECT_EQ(b.host, QStringLiteral("server"));
    EXPECT_EQ(b.port, 5432);
    EXPECT_TRUE(b.database.isEmpty());
    EXPECT_TRUE(b.gebruiker.isEmpty());
    const ServerAdres c = goed("postgresql://[::1]:5433/rd");
    EXPECT_EQ(c.host, QStringLiteral("::1"));
    EXPECT_EQ(c.port, 5433);
    const ServerAdres d = goed("postgresql://j%C3%B6rg@h/d");
    EXPECT_EQ(d.gebruiker, QStringLiteral("jörg"));
}

TEST(ServerAdres, RefusesAPasswordInTheUrl)
{
    EXPECT_TRUE(fout("postgresql://ans:geheim@h/d").contains(QStringLiteral("REGIEDESK_PASSWORD")));
    EXPECT_TRUE(fout("postgresql://ans@h/d?password=geheim").contains(QStringLiteral("password")));
    // and the message never repeats it
    EXPECT_FALSE(fout("postgresql://ans:geheim@h/d").contains(QStringLiteral("geheim")));
}

TEST(ServerAdres, RefusesWhatIsNotAPostgresqlUrlNamingThePart)
{
    EXPECT_TRUE(fout("mysql://h/d").contains(QStringLiteral("--url")));
    EXPECT_TRUE(fout("h/d").contains(QStringLiteral("not a PostgreSQL URL")));
    EXPECT_TRUE(fout("postgresql://h:99999/d").contains(QStringLiteral("port '99999'")));
    EXPECT_TRUE(fout("postgresql://h:abc/d").contains(QStringLiteral("port 'abc'")));
    EXPECT_TRUE(fout("postgresql://h/d?port=0").contains(QStringLiteral("port '0'")));
    EXPECT_TRUE(fout("postgresql://h/d?options=-c%20x").contains(QStringLiteral("'options'")));
    EXPECT_TRUE(fout("postgresql://h/d?sslmode=").contains(QStringLiteral("sslmode")));
}

TEST(ServerAdres, RefusesValuesThatWouldChangeTheConnectionString)
{
    // libpq reads "key=value key=value": a space or quote in a value would add a parameter
    fout("postgresql://h/d?sslmode=require%20password=x");
    fout("postgresql://h/d?application_name=a;b");
    fout("postgresql://h/d%20host=evil");
    fout("postgresql://a%27b@h/d");
    fout("postgresql://h/d?host=/tmp/a%0Ab");
}

TEST(ServerAdres, ConnectingToNoServerSaysSoWithoutAPassword)
{
    const ServerAdres a = goed("postgresql://ans@/rd?host=/nonexistent/socket-folder&port=5439");
    auto db = serveradres::verbind(a, QStringLiteral("serveradres-test"), QStringLiteral("geheim"));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().toString().contains(QStringLiteral("cannot connect")))
        << db.error().toString().toStdString();
    EXPECT_FALSE(db.error().toString().contains(QStringLiteral("geheim")));
}
