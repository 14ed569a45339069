// placeholder: replaced when the recharge layer lands
