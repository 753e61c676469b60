#include "core/output/CsvExport.h"

#include "core/csv/Csv.h"
#include "core/output/OutputFile.h"

namespace rd::csvexport {

QByteArray bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray regel(const QStringList &velden)
{
    return csv::line(velden, QLatin1Char(';')).toUtf8() + "\r\n";
}

QByteArray tabel(const QStringList &kop, const QList<QStringList> &rijen)
{
    QByteArray uit = bom();
    uit += regel(kop);
    for (const QStringList &rij : rijen)
        uit += regel(rij);
    return uit;
}

Status bewaar(const QString &pad, const QStringList &kop, const QList<QStringList> &rijen,
              bool force)
{
    return OutputFile::save(pad, tabel(kop, rijen), force);
}

} // namespace rd::csvexport
