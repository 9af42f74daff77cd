sed -i "s/Jeg følger systematisk opp kvaliteten på undervisningen./Jeg følger\\\\u0000 opp/" instruments/skoleleder.json
