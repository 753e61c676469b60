#pragma once

#include "core/common/Result.h"
#include "core/store/Store.h"

#include <QString>

#include <functional>
#include <memory>

namespace rd::fuzz {

// A store in the scratch folder for a target that writes: made once per process (fill() runs
// once, e.g. the reference data), with a pristine copy of its file beside it. After an input
// that changed the store, restore() puts the pristine copy back, so no input's effect leaks
// into the next and a crash file replays the same way on its own.
class FuzzStore
{
public:
    FuzzStore(const QString &name, const std::function<Status(Store &)> &fill);

    Store &store() { return *m_store; }
    // Closes the store, copies the pristine file over it and opens it again.
    void restore();

private:
    std::unique_ptr<Store> open(Store::Mode mode);

    QString m_path;
    QString m_pristine;
    std::unique_ptr<Store> m_store;
};

} // namespace rd::fuzz
