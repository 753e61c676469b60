#pragma once

#include <QStringList>

namespace rd {

// The schema, one entry per version. Migration N takes a store from version N-1 to N and
// runs in one transaction. Never edit a released migration: add the next one.
const QList<QStringList> &migrations();

namespace migration {
// One file per version from version 4 on (Migration4.cpp, ...).
QStringList version4();
QStringList version5();
QStringList version6();
QStringList version7();
QStringList version8();
} // namespace migration

// PRAGMA application_id marking a file as a Regiedesk store ("RGDS").
constexpr int applicationId = 0x52474453;

} // namespace rd
