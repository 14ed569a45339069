// placeholder: replaced when the protocol layer lands
