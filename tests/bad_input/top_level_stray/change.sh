mkdir responses.old && printf "x\n" > notes.txt
