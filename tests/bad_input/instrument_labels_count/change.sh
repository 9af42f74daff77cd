sed -i "s/\"Litt enig\", \"Helt enig\"/\"Helt enig\"/" instruments/skoleleder.json
