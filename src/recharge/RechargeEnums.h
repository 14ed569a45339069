// The recharge vocabularies live in the domain (domain/RechargeEnums.h), where
// the agreements' descriptions need them; the engine includes them from here.
#pragma once
#include "domain/RechargeEnums.h"
