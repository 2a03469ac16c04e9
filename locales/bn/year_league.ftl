# থাই সমবায়ের সমবায় লীগ ফি (ইস্যু ১৪)।
error-league-fee-above-law = সমবায় লীগ ফি { $percent }% আইনের সীমার (নিট লাভের { DIGITS("0") } থেকে { $max }%) বাইরে। সীমার মধ্যে হার দিন।
field-league-fee = সমবায় লীগ ফি
field-league-fee-cap = লীগ ফির সর্বোচ্চ সীমা
bucket-league-fee = সমবায় লীগ ফি
bucket-education = শিক্ষা তহবিল
account-league-fee-payable = প্রদেয় সমবায় লীগ ফি
account-education-fund = শিক্ষা তহবিল
ui-year-league-fee = সমবায় লীগ ফি (নিট লাভের %; খালি রাখলে { DIGITS("1") } %, সর্বোচ্চ { DIGITS("30,000") })
field-counts-from = ক্রয় কখন থেকে গণ্য হবে (next-month বা own-month)
account-audit-fee-payable = প্রদেয় নিরীক্ষা ফি ও ভ্যাট
note-year-audit-levy = সমবায় অধিদপ্তরকে প্রদেয় হিসেবে রাখা হয় এবং সঞ্চিত উদ্বৃত্ত থেকে নেওয়া হয়: ওপরের বণ্টন পুরো নিরীক্ষিত নিট লাভের।
