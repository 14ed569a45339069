// A realistic sample register drawn from the source documents: B&NES
// Council and B&NES CCG under their 2013 S113 agreement with a joint
// commissioning team, and the Stockport combined Corporate Director Adults /
// PCT Chief Executive post (2009).
#pragma once
#include "storage/Register.h"

namespace s113 {

// Fills an empty register through the normal services (so it is validated
// and audited). Throws Conflict when the register already holds records.
void buildDemoRegister(Register& reg);

}  // namespace s113
