sed -i "s/\"nb\": \"Jeg følger systematisk opp kvaliteten på undervisningen.\"/\"nb\": \"\"/" instruments/skoleleder.json
