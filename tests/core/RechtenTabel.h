#pragma once

// The role × change × scope table (issue 16, docs/sync.md) that both the local store's core
// (Toegang_test.cpp) and the team server (ServerRechten_test.cpp) are held to: the same roles,
// with the same scopes, may make the same changes. Each role's scope: region 1, the AZC location
// in Groningen (region 1), the gemeente Groningen, the province Groningen.

#include <array>

namespace rd::test {

// The changes, in the order of each row's `mag`.
enum Recht
{
    KoppelRegio1,    // couple a household of an AZC in region 1
    KoppelRegio5,    // couple a household of an AZC in region 5
    OntkoppelRegio1, // end a coupling in region 1
    IntakeEigenAzc,  // the intake of a household at the AZC in Groningen
    IntakeAnderAzc,  // the intake of a household at an AZC in region 5
    Herverdeling,    // shift quota between gemeenten (art. 29.2)
    Vg,              // the vg of a half-year (art. 29.1)
    Gewichten,       // the suggestion's weights
    AantalRechten
};

struct RolRechten
{
    const char *rol;
    std::array<bool, AantalRechten> mag;
};

//                                   couple 1, couple 5, uncouple 1, intake own, intake other,
//                                   herverdeling, vg, weights
inline constexpr std::array<RolRechten, 5> rechtenTabel{{
    {"beheerder", {true, true, true, true, true, true, true, true}},
    {"regievoerder", {true, false, true, true, false, true, false, false}},
    {"programmabegeleider", {false, false, false, true, false, false, false, false}},
    {"gemeente", {false, false, false, false, false, false, false, false}},
    {"provincie", {false, false, false, false, false, false, false, false}},
}};

} // namespace rd::test
