E=[5935.6,6406.8,7624.3,8231.5,8452.7,8934.5]
I=[3234.9,3379.2,4312.6,4658.9,4373.1,4628.3]
T=[round(e+i,1) for e,i in zip(E,I)]
yrs=range(2019,2025)
def g(a,b): return round((b/a-1)*100,1)
print(T)
for k,(name,L) in enumerate([("T",T),("E",E),("I",I)]):
    print(name,[g(L[i-1],L[i]) for i in range(1,6)], "vs2019",g(L[0],L[5]),"cagr",round(((L[5]/L[0])**(1/5)-1)*100,1))
