# The bullying share taken from the teachers' survey
sed -i 's/"bullying": {"instrument": "elev_5_10", "item": "e510_24"/"bullying": {"instrument": "laerer", "item": "l_35"/' project.json
